package org.greenplan.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code reminder} table: which reminder went to whom, once per (plan, period, unit, kind, day). */
@Component
class ReminderLedger {
    private final JdbcClient jdbc;

    ReminderLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether a reminder of this kind was ever stored for (plan, period, unit) */
    boolean sent(long planId, long periodId, long unitId, ReminderKind kind) {
        return jdbc.sql("""
                        select count(*) from reminder where plan_id = ? and period_id = ? and unit_id = ? and kind = ?""")
                        .params(planId, periodId, unitId, kind.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** @return how many reminders the unit got on the day, all plans together */
    long countOn(long unitId, LocalDate day) {
        return jdbc.sql("select count(*) from reminder where unit_id = ? and day = ?")
                .params(unitId, day)
                .query(Long.class)
                .single();
    }

    /**
     * Claims a reminder: inserts its row unless the unique key (plan, period, unit, kind, day) exists.
     *
     * @return the new row's id, or empty when another run (or node) claimed it first
     */
    Optional<Long> claim(long planId, long periodId, UnitDue unit, ReminderKind kind, LocalDate day) {
        return jdbc.sql("""
                        insert into reminder (plan_id, period_id, unit_id, kind, day, due_on, task_count)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (plan_id, period_id, unit_id, kind, day) do nothing returning id""")
                .params(
                        planId,
                        periodId,
                        unit.unitId(),
                        kind.name(),
                        day,
                        unit.dueOn(),
                        unit.taskLines().size())
                .query(Long.class)
                .optional();
    }

    void attach(long reminderId, long messageId) {
        jdbc.sql("update reminder set message_id = ? where id = ?")
                .params(messageId, reminderId)
                .update();
    }

    /** @return the latest reminders, newest first */
    List<ReminderEntry> latest(int limit) {
        return jdbc.sql("""
                        select r.id, r.plan_id, r.period_id, p.label, r.unit_id, u.name, r.kind, r.day, r.due_on,
                            r.task_count, r.message_id, r.created_at
                        from reminder r join reporting_period p on p.id = r.period_id
                        join responsible_unit u on u.id = r.unit_id
                        order by r.created_at desc, r.id desc limit ?""")
                .param(limit)
                .query((row, n) -> new ReminderEntry(
                        row.getLong("id"),
                        row.getLong("plan_id"),
                        row.getString("label"),
                        row.getString("name"),
                        ReminderKind.valueOf(row.getString("kind")),
                        row.getObject("day", LocalDate.class),
                        row.getObject("due_on", LocalDate.class),
                        row.getInt("task_count"),
                        (Long) row.getObject("message_id"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }
}

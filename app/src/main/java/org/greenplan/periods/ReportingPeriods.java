package org.greenplan.periods;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads reporting periods and answers whether a unit may still write in one. */
@Service
@Transactional(readOnly = true)
public class ReportingPeriods {
    private static final String COLUMNS = """
            id, plan_id, label, starts_on, ends_on, due_on, co_unit_due_on, grace_until, state,
            closed_at, closed_by, close_reason""";

    private final JdbcClient jdbc;

    ReportingPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the period with this id, or empty */
    public Optional<ReportingPeriod> find(long periodId) {
        return jdbc.sql("select " + COLUMNS + " from reporting_period where id = ?")
                .param(periodId)
                .query(ReportingPeriods::map)
                .optional();
    }

    /** @return the plan's periods, earliest first */
    public List<ReportingPeriod> ofPlan(long planId) {
        return jdbc.sql("select " + COLUMNS + " from reporting_period where plan_id = ? order by starts_on, id")
                .param(planId)
                .query(ReportingPeriods::map)
                .list();
    }

    /**
     * Checks that {@code unitId} may write its report on {@code taskId} in the period: the period is OPEN,
     * or CLOSED with a lock exception granted to that unit (for that task or for all its tasks) and not
     * revoked. Call it inside the writing transaction.
     *
     * @return the period
     * @throws NoSuchElementException  when there is no such period
     * @throws PeriodLockedException   when the period is not open and no exception applies
     */
    public ReportingPeriod requireWritable(long periodId, long unitId, long taskId) {
        ReportingPeriod period =
                find(periodId).orElseThrow(() -> new NoSuchElementException("no reporting period " + periodId));
        if (period.state() == PeriodState.OPEN || (period.closed() && hasLockException(periodId, unitId, taskId))) {
            return period;
        }
        throw new PeriodLockedException(period);
    }

    /**
     * The date a unit's report on a task is due in the period: the lead units' date ({@code dueOn}) or the
     * co-units' ({@code coUnitDueOn}), unless the office granted an extension (延期) for that (period, unit,
     * task), in which case the latest granted date counts; the original date stays on the period.
     *
     * @param lead true for a lead (or unmarked responsible) unit of the task, false for a co-operating unit
     * @return the effective due date
     * @throws NoSuchElementException when there is no such period
     */
    public LocalDate dueDateFor(long periodId, long unitId, long taskId, boolean lead) {
        ReportingPeriod period =
                find(periodId).orElseThrow(() -> new NoSuchElementException("no reporting period " + periodId));
        return grantedExtension(periodId, unitId, taskId).orElse(lead ? period.dueOn() : period.coUnitDueOn());
    }

    /** @return the latest granted extension's date for (period, unit, task), if any */
    public Optional<LocalDate> grantedExtension(long periodId, long unitId, long taskId) {
        return jdbc.sql("""
                        select granted_due_on from extension_request
                        where period_id = ? and unit_id = ? and task_id = ? and state = 'GRANTED'
                        order by decided_at desc, id desc limit 1""")
                .params(periodId, unitId, taskId)
                .query(LocalDate.class)
                .optional();
    }

    /**
     * Every granted extension of a period in one query: per (unit, task) the date of the latest one, as {@link
     * #grantedExtension} gives it for one pair. For pages that show every unit of a period (the matrix).
     */
    public Map<UnitTask, LocalDate> grantedExtensions(long periodId) {
        Map<UnitTask, LocalDate> granted = new HashMap<>();
        jdbc.sql("""
                        select distinct on (unit_id, task_id) unit_id, task_id, granted_due_on from extension_request
                        where period_id = ? and state = 'GRANTED'
                        order by unit_id, task_id, decided_at desc, id desc""").param(periodId).query(rs -> {
            granted.put(
                    new UnitTask(rs.getLong("unit_id"), rs.getLong("task_id")),
                    rs.getObject("granted_due_on", LocalDate.class));
        });
        return granted;
    }

    /** A unit's share of a task: the key of {@link #grantedExtensions}. */
    public record UnitTask(long unitId, long taskId) {}

    /**
     * Every latest granted extension of the plan's periods in one query, for plan-wide reads such as supervision
     * ({@link #grantedExtensions} answers one period, {@link #grantedExtension} one key).
     *
     * @return period id → (unit, task) → the latest granted due date; periods without extensions are absent
     */
    public Map<Long, Map<UnitTask, LocalDate>> grantedExtensionsOfPlan(long planId) {
        Map<Long, Map<UnitTask, LocalDate>> granted = new HashMap<>();
        jdbc.sql("""
                        select distinct on (e.period_id, e.unit_id, e.task_id)
                               e.period_id, e.unit_id, e.task_id, e.granted_due_on
                        from extension_request e join reporting_period p on p.id = e.period_id
                        where p.plan_id = ? and e.state = 'GRANTED'
                        order by e.period_id, e.unit_id, e.task_id, e.decided_at desc, e.id desc""").param(planId).query((ResultSet rs) -> {
            granted.computeIfAbsent(rs.getLong("period_id"), p -> new HashMap<>())
                    .put(
                            new UnitTask(rs.getLong("unit_id"), rs.getLong("task_id")),
                            rs.getObject("granted_due_on", LocalDate.class));
        });
        return granted;
    }

    private boolean hasLockException(long periodId, long unitId, long taskId) {
        return jdbc.sql("""
                        select count(*) from period_lock_exception
                        where period_id = ? and unit_id = ? and (task_id is null or task_id = ?) and revoked_at is null""").params(periodId, unitId, taskId).query(Long.class).single() > 0;
    }

    private static ReportingPeriod map(ResultSet row, int n) throws SQLException {
        Timestamp closedAt = row.getTimestamp("closed_at");
        return new ReportingPeriod(
                row.getLong("id"),
                row.getLong("plan_id"),
                row.getString("label"),
                row.getObject("starts_on", java.time.LocalDate.class),
                row.getObject("ends_on", java.time.LocalDate.class),
                row.getObject("due_on", java.time.LocalDate.class),
                row.getObject("co_unit_due_on", java.time.LocalDate.class),
                row.getObject("grace_until", java.time.LocalDate.class),
                PeriodState.valueOf(row.getString("state")),
                closedAt == null ? null : closedAt.toInstant(),
                row.getString("closed_by"),
                row.getString("close_reason"));
    }
}

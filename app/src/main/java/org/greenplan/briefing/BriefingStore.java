package org.greenplan.briefing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code briefing}, {@code briefing_schedule} and {@code briefing_template}. */
@Repository
class BriefingStore {
    private static final String SUMMARY = """
            select b.id, b.plan_id, p.title, b.period_id, rp.label, b.serial, b.status_on, b.trigger_kind,
                   b.generated_by, b.generated_at, b.tasks_total, b.tasks_completed, b.tasks_red,
                   b.tasks_stagnant, b.reports_missing, b.template_name
            from briefing b join plan p on p.id = b.plan_id join reporting_period rp on rp.id = b.period_id""";
    private static final String SCHEDULE = """
            select s.id, s.plan_id, s.period_id, rp.label, s.generate_on, s.next_steps, s.scheduled_by,
                   s.briefing_id, s.done_at, s.failure
            from briefing_schedule s join reporting_period rp on rp.id = s.period_id""";

    private final JdbcClient jdbc;

    BriefingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A generated briefing to store. */
    record NewBriefing(
            long planId,
            long periodId,
            BriefingModel model,
            String trigger,
            Long generatedById,
            String generatedBy,
            String templateName,
            byte[] docx,
            byte[] pdf) {}

    /** @return the next serial of the plan (1 for its first briefing); locks the plan's briefings */
    int nextSerial(long planId) {
        jdbc.sql("select pg_advisory_xact_lock(8080, cast(? as int))")
                .param(planId)
                .query()
                .listOfRows();
        return jdbc.sql("select coalesce(max(serial), 0) + 1 from briefing where plan_id = ?")
                .param(planId)
                .query(Integer.class)
                .single();
    }

    long insert(NewBriefing b, int serial) {
        BriefingModel.Overview o = b.model().overview();
        return jdbc.sql("""
                        insert into briefing (plan_id, period_id, serial, status_on, next_steps, trigger_kind,
                            generated_by_id, generated_by, tasks_total, tasks_completed, tasks_red, tasks_stagnant,
                            reports_missing, template_name, docx, pdf)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        b.planId(),
                        b.periodId(),
                        serial,
                        o.statusOn(),
                        String.join("\n", b.model().nextSteps()),
                        b.trigger(),
                        b.generatedById(),
                        b.generatedBy(),
                        o.total(),
                        o.completed(),
                        o.red(),
                        o.stagnant(),
                        (int) o.missing(),
                        b.templateName(),
                        b.docx(),
                        b.pdf())
                .query(Long.class)
                .single();
    }

    List<BriefingSummary> list(Long planId) {
        return jdbc.sql(SUMMARY
                        + " where (cast(? as bigint) is null or b.plan_id = ?) order by b.generated_at desc, b.id desc")
                .params(planId, planId)
                .query(BriefingStore::summary)
                .list();
    }

    Optional<BriefingSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where b.id = ?")
                .param(id)
                .query(BriefingStore::summary)
                .optional();
    }

    Optional<byte[]> file(long id, BriefingFormat format) {
        return jdbc.sql("select " + format.column() + " from briefing where id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Sets or replaces the period's schedule (a new date makes it pending again). */
    long schedule(long planId, long periodId, LocalDate on, String nextSteps, long byId, String by) {
        return jdbc.sql("""
                        insert into briefing_schedule (plan_id, period_id, generate_on, next_steps, scheduled_by_id,
                            scheduled_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (period_id) do update set generate_on = excluded.generate_on,
                            next_steps = excluded.next_steps, scheduled_by_id = excluded.scheduled_by_id,
                            scheduled_by = excluded.scheduled_by, scheduled_at = now(), briefing_id = null,
                            done_at = null, failure = null
                        returning id""")
                .params(planId, periodId, on, nextSteps, byId, by)
                .query(Long.class)
                .single();
    }

    boolean unschedule(long planId, long scheduleId) {
        return jdbc.sql("delete from briefing_schedule where id = ? and plan_id = ? and done_at is null")
                        .params(scheduleId, planId)
                        .update()
                == 1;
    }

    List<BriefingSchedule> schedules(Long planId) {
        return jdbc.sql(SCHEDULE + " where (cast(? as bigint) is null or s.plan_id = ?) order by s.generate_on, s.id")
                .params(planId, planId)
                .query(BriefingStore::schedule)
                .list();
    }

    /** @return the user who set the schedule: id and display name */
    Optional<Scheduler> scheduler(long scheduleId) {
        return jdbc.sql("select scheduled_by_id, scheduled_by from briefing_schedule where id = ?")
                .param(scheduleId)
                .query((rs, n) -> new Scheduler(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    record Scheduler(long userId, String displayName) {}

    void done(long scheduleId, Long briefingId, String failure) {
        jdbc.sql("update briefing_schedule set done_at = now(), briefing_id = ?, failure = ? where id = ?")
                .params(briefingId, failure, scheduleId)
                .update();
    }

    Optional<StoredTemplate> template() {
        return jdbc.sql("select file_name, content, uploaded_by, uploaded_at from briefing_template where id = 1")
                .query((rs, n) -> new StoredTemplate(
                        rs.getString(1),
                        rs.getBytes(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    void saveTemplate(String fileName, byte[] content, String by) {
        jdbc.sql("""
                        insert into briefing_template (id, file_name, content, uploaded_by) values (1, ?, ?, ?)
                        on conflict (id) do update set file_name = excluded.file_name, content = excluded.content,
                            uploaded_by = excluded.uploaded_by, uploaded_at = now()""").params(fileName, content, by).update();
    }

    boolean deleteTemplate() {
        return jdbc.sql("delete from briefing_template where id = 1").update() == 1;
    }

    /** The office's uploaded template. */
    record StoredTemplate(String fileName, byte[] content, String uploadedBy, java.time.Instant uploadedAt) {}

    private static BriefingSummary summary(ResultSet rs, int n) throws SQLException {
        return new BriefingSummary(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("title"),
                rs.getLong("period_id"),
                rs.getString("label"),
                rs.getInt("serial"),
                rs.getObject("status_on", LocalDate.class),
                rs.getString("trigger_kind"),
                rs.getString("generated_by"),
                rs.getTimestamp("generated_at").toInstant(),
                rs.getInt("tasks_total"),
                rs.getInt("tasks_completed"),
                rs.getInt("tasks_red"),
                rs.getInt("tasks_stagnant"),
                rs.getInt("reports_missing"),
                rs.getString("template_name"));
    }

    private static BriefingSchedule schedule(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp done = rs.getTimestamp("done_at");
        return new BriefingSchedule(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getLong("period_id"),
                rs.getString("label"),
                rs.getObject("generate_on", LocalDate.class),
                rs.getString("next_steps"),
                rs.getString("scheduled_by"),
                (Long) rs.getObject("briefing_id"),
                done == null ? null : done.toInstant(),
                rs.getString("failure"));
    }
}

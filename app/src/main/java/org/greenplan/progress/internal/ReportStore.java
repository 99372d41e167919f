package org.greenplan.progress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ReportContent;
import org.greenplan.progress.ReportKey;
import org.greenplan.progress.ReportState;
import org.greenplan.progress.ReportValue;
import org.greenplan.progress.Stamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores progress reports ({@code progress_report} and its values) with an optimistic lock: an update
 * names the version it read and changes nothing when another write came first. Callers hold the
 * transaction.
 */
@Repository
public class ReportStore {
    /**
     * @return the values of the columns from {@code state} to {@code return_reason}, in the order both the insert
     *         and the update list them
     */
    private static List<Object> stateColumns(ProgressReport.Snapshot s) {
        ReportContent c = s.content();
        return Arrays.asList(
                s.state().name(),
                c.progress(),
                c.problems(),
                c.nextSteps(),
                c.completion(),
                s.submission(),
                id(s.submitted()),
                name(s.submitted()),
                at(s.submitted()),
                id(s.unitApproved()),
                name(s.unitApproved()),
                at(s.unitApproved()),
                id(s.approved()),
                name(s.approved()),
                at(s.approved()),
                id(s.returned()),
                name(s.returned()),
                at(s.returned()),
                s.returnReason());
    }

    private static final String SELECT = """
            select r.*, p.ends_on from progress_report r join reporting_period p on p.id = r.period_id""";
    private final JdbcClient jdbc;
    private final WorkspaceGenerations workspaces;

    ReportStore(JdbcClient jdbc, WorkspaceGenerations workspaces) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
    }

    /** @return the report, with its values */
    public Optional<ProgressReport> find(long reportId) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(reportId)
                .query(this::map)
                .optional();
    }

    /** @return the report of the task, unit and period */
    public Optional<ProgressReport> find(ReportKey key) {
        return jdbc.sql(SELECT + " where r.task_id = ? and r.unit_id = ? and r.period_id = ?")
                .params(key.taskId(), key.unitId(), key.periodId())
                .query(this::map)
                .optional();
    }

    /** @return the reports of the task in the period, one per unit */
    public List<ProgressReport> ofTask(long taskId, long periodId) {
        return jdbc.sql(SELECT + " where r.task_id = ? and r.period_id = ? order by r.unit_id")
                .params(taskId, periodId)
                .query(this::map)
                .list();
    }

    /**
     * Inserts a new report.
     *
     * @return its id
     * @throws org.springframework.dao.DuplicateKeyException when another request created it first
     */
    public long insert(ProgressReport report) {
        ProgressReport.Snapshot s = report.snapshot();
        ReportContent c = s.content();
        // the whole row at once, at row version 1 (as an insert followed by the first update left it)
        long id = jdbc.sql("""
                        insert into progress_report (plan_id, task_id, unit_id, period_id, state, progress, problems,
                            next_steps, completion, submission, submitted_by_id, submitted_by, submitted_at,
                            unit_approved_by_id, unit_approved_by, unit_approved_at, approved_by_id, approved_by,
                            approved_at, returned_by_id, returned_by, returned_at, return_reason, row_version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                        returning id""")
                .params(Stream.concat(
                                Stream.of(
                                        s.planId(),
                                        s.key().taskId(),
                                        s.key().unitId(),
                                        s.key().periodId()),
                                stateColumns(s).stream())
                        .toList())
                .query(Long.class)
                .single();
        writeValues(id, c.values());
        // a new report (a first draft or submission) shows on its unit's /my as every later write does
        workspaces.unitChanged(s.key().unitId());
        return id;
    }

    /**
     * Writes the report's state if its row version is still the one it was read with, and bumps it.
     *
     * @return false when another write came first (nothing was changed)
     */
    public boolean update(ProgressReport report) {
        ProgressReport.Snapshot s = report.snapshot();
        ReportContent c = s.content();
        int rows = jdbc.sql("""
                        update progress_report set state = ?, progress = ?, problems = ?, next_steps = ?, completion = ?,
                            submission = ?, submitted_by_id = ?, submitted_by = ?, submitted_at = ?,
                            unit_approved_by_id = ?, unit_approved_by = ?, unit_approved_at = ?,
                            approved_by_id = ?, approved_by = ?, approved_at = ?,
                            returned_by_id = ?, returned_by = ?, returned_at = ?, return_reason = ?,
                            row_version = row_version + 1
                        where id = ? and row_version = ?""")
                .params(Stream.concat(stateColumns(s).stream(), Stream.of(s.id(), s.rowVersion()))
                        .toList())
                .update();
        if (rows == 1) {
            jdbc.sql("delete from progress_report_value where report_id = ?")
                    .param(s.id())
                    .update();
            writeValues(s.id(), c.values());
            // every write of a report (draft, submission, decision, unit approval) shows on its unit's /my
            workspaces.unitChanged(s.key().unitId());
        }
        return rows == 1;
    }

    private void writeValues(long reportId, List<ReportValue> values) {
        for (ReportValue v : values) {
            jdbc.sql("""
                            insert into progress_report_value (report_id, target_id, typed, value, approximate)
                            values (?, ?, ?, ?, ?)""")
                    .params(reportId, v.targetId(), v.typed(), v.value(), v.approximate())
                    .update();
        }
    }

    private List<ReportValue> values(long reportId) {
        return jdbc.sql("""
                        select v.target_id, v.typed, v.value, v.approximate from progress_report_value v
                        join target t on t.id = v.target_id where v.report_id = ? order by t.position, t.id""")
                .param(reportId)
                .query((rs, i) ->
                        new ReportValue(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBoolean(4)))
                .list();
    }

    private ProgressReport map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        ReportContent content = new ReportContent(
                rs.getString("progress"),
                rs.getString("problems"),
                rs.getString("next_steps"),
                (Integer) rs.getObject("completion"),
                values(id));
        LocalDate month =
                YearMonth.from(rs.getObject("ends_on", LocalDate.class)).atDay(1);
        return ProgressReport.restore(new ProgressReport.Snapshot(
                id,
                rs.getLong("plan_id"),
                new ReportKey(rs.getLong("task_id"), rs.getLong("unit_id"), rs.getLong("period_id")),
                month,
                rs.getInt("row_version"),
                ReportState.valueOf(rs.getString("state")),
                content,
                rs.getInt("submission"),
                stamp(rs, "submitted"),
                stamp(rs, "unit_approved"),
                stamp(rs, "approved"),
                stamp(rs, "returned"),
                rs.getString("return_reason")));
    }

    static Stamp stamp(ResultSet rs, String prefix) throws SQLException {
        OffsetDateTime at = rs.getObject(prefix + "_at", OffsetDateTime.class);
        return at == null
                ? null
                : new Stamp(rs.getLong(prefix + "_by_id"), rs.getString(prefix + "_by"), at.toInstant());
    }

    private static Long id(Stamp stamp) {
        return stamp == null ? null : stamp.userId();
    }

    private static String name(Stamp stamp) {
        return stamp == null ? null : stamp.name();
    }

    private static Timestamp at(Stamp stamp) {
        return stamp == null ? null : Timestamp.from(stamp.at());
    }
}

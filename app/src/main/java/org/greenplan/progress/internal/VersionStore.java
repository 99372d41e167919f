package org.greenplan.progress.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ReportContent;
import org.greenplan.progress.ReportState;
import org.greenplan.progress.ReportValue;
import org.greenplan.progress.ReportVersion;
import org.greenplan.progress.Stamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps one row per submission ({@code progress_report_version}) and what became of it. */
@Repository
public class VersionStore {
    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the report's current submission as submitted, with its content. */
    public void recordSubmission(ProgressReport report) {
        ReportContent c = report.content();
        Stamp by = report.submitted();
        jdbc.sql("""
                        insert into progress_report_version (report_id, submission, progress, problems, next_steps,
                            completion, submitted_by_id, submitted_by, submitted_at, outcome)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED')""")
                .params(
                        report.id(),
                        report.submission(),
                        c.progress(),
                        c.problems(),
                        c.nextSteps(),
                        c.completion(),
                        by.userId(),
                        by.name(),
                        Timestamp.from(by.at()))
                .update();
        for (ReportValue v : c.values()) {
            jdbc.sql("""
                            insert into progress_report_version_value (report_id, submission, target_id, typed, value,
                                approximate) values (?, ?, ?, ?, ?, ?)""")
                    .params(report.id(), report.submission(), v.targetId(), v.typed(), v.value(), v.approximate())
                    .update();
        }
    }

    /** Records what became of the report's current submission (its state now), by whom and why. */
    public void recordOutcome(ProgressReport report, Stamp by, String reason) {
        jdbc.sql("""
                        update progress_report_version set outcome = ?, decided_by = ?, decided_at = ?, reason = ?
                        where report_id = ? and submission = ?""")
                .params(
                        report.state().name(),
                        by == null ? null : by.name(),
                        by == null ? null : Timestamp.from(by.at()),
                        reason,
                        report.id(),
                        report.submission())
                .update();
    }

    /** @return the report's submissions, latest first */
    public List<ReportVersion> history(long reportId) {
        return versions(reportId, "");
    }

    /** @return the report's latest submission, if it was ever submitted (two statements, not one per version) */
    public Optional<ReportVersion> latest(long reportId) {
        return versions(reportId, " limit 1").stream().findFirst();
    }

    /** The versions, latest first, with their values read in one statement for all of them. */
    private List<ReportVersion> versions(long reportId, String limit) {
        List<ReportVersion> versions = jdbc.sql(
                        "select * from progress_report_version where report_id = ? order by submission desc" + limit)
                .param(reportId)
                .query((rs, i) -> {
                    OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
                    return new ReportVersion(
                            rs.getInt("submission"),
                            new ReportContent(
                                    rs.getString("progress"),
                                    rs.getString("problems"),
                                    rs.getString("next_steps"),
                                    (Integer) rs.getObject("completion"),
                                    List.of()),
                            ReportStore.stamp(rs, "submitted"),
                            ReportState.valueOf(rs.getString("outcome")),
                            decidedAt == null ? null : new Stamp(0, rs.getString("decided_by"), decidedAt.toInstant()),
                            rs.getString("reason"));
                })
                .list();
        if (versions.isEmpty()) {
            return versions;
        }
        Map<Integer, List<ReportValue>> values =
                values(reportId, versions.get(versions.size() - 1).submission());
        return versions.stream()
                .map(v -> withValues(v, values.getOrDefault(v.submission(), List.of())))
                .toList();
    }

    private static ReportVersion withValues(ReportVersion v, List<ReportValue> values) {
        ReportContent c = v.content();
        return new ReportVersion(
                v.submission(),
                new ReportContent(c.progress(), c.problems(), c.nextSteps(), c.completion(), values),
                v.submitted(),
                v.outcome(),
                v.decided(),
                v.reason());
    }

    /** @return the values of the report's submissions from {@code fromSubmission} on, by submission */
    private Map<Integer, List<ReportValue>> values(long reportId, int fromSubmission) {
        Map<Integer, List<ReportValue>> bySubmission = new java.util.HashMap<>();
        jdbc.sql("""
                        select v.submission, v.target_id, v.typed, v.value, v.approximate
                        from progress_report_version_value v
                        join target t on t.id = v.target_id where v.report_id = ? and v.submission >= ?
                        order by v.submission, t.position, t.id""")
                .params(reportId, fromSubmission)
                .query((rs, i) -> {
                    bySubmission
                            .computeIfAbsent(rs.getInt(1), k -> new java.util.ArrayList<>())
                            .add(new ReportValue(
                                    rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getBoolean(5)));
                    return 0;
                })
                .list();
        return bySubmission;
    }
}

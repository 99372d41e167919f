package org.greenplan.progress;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.audit.AuditLine;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads reports of past activity in JDBC batches (the demonstration and load-test data of
 * {@code ./greenplan demo-data}), writing exactly the rows {@link ProgressReports#submit} and
 * {@link ProgressReports#approve} would have written one by one: the report (row version 2 when
 * submitted, 3 when approved, as the workflow leaves it), its values, the submission in the history with
 * its values and outcome, the audit rows (the draft's fields, SUBMITTED and APPROVED with {@code #1}) and,
 * through {@link ProgressReportsLoaded}, the approved values of the targets.
 *
 * <p>No access or period check is made: the caller stands for the people who acted. A report that
 * already exists for the same task, unit and period fails the whole batch (unique key), nothing written.
 */
@Service
public class BulkReports {
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    BulkReports(JdbcTemplate jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Stores the reports in one transaction.
     *
     * @return the ids given to the reports, in their order
     * @throws org.springframework.dao.DuplicateKeyException when one of them exists already
     */
    @Transactional
    public List<Long> load(List<LoadedReport> reports) {
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('progress_report', 'id')) from generate_series(1, ?)",
                Long.class,
                reports.size());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> versionValues = new ArrayList<>();
        List<AuditLine> lines = new ArrayList<>();
        List<ProgressReportApproved> approved = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            LoadedReport r = reports.get(i);
            long id = ids.get(i);
            rows.add(reportRow(id, r));
            versions.add(versionRow(id, r));
            for (ReportValue v : r.content().values()) {
                values.add(new Object[] {id, v.targetId(), v.typed(), v.value(), v.approximate()});
                versionValues.add(new Object[] {id, 1, v.targetId(), v.typed(), v.value(), v.approximate()});
            }
            lines.addAll(auditLines(id, r));
            if (r.approved() != null) {
                approved.add(new ProgressReportApproved(
                        id,
                        r.planId(),
                        r.key(),
                        1,
                        r.reportedMonth(),
                        r.content().values(),
                        r.approved()));
            }
        }
        jdbc.batchUpdate("""
                insert into progress_report (id, plan_id, task_id, unit_id, period_id, state, progress, problems,
                    next_steps, completion, submission, submitted_by_id, submitted_by, submitted_at,
                    approved_by_id, approved_by, approved_at, created_at, row_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("""
                insert into progress_report_value (report_id, target_id, typed, value, approximate)
                values (?, ?, ?, ?, ?)""", values);
        jdbc.batchUpdate("""
                insert into progress_report_version (report_id, submission, progress, problems, next_steps,
                    completion, submitted_by_id, submitted_by, submitted_at, outcome, decided_by, decided_at)
                values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", versions);
        jdbc.batchUpdate("""
                insert into progress_report_version_value (report_id, submission, target_id, typed, value,
                    approximate) values (?, ?, ?, ?, ?, ?)""", versionValues);
        audit.recordAll(lines);
        events.publishEvent(new ProgressReportsLoaded(
                approved, reports.stream().map(LoadedReport::planId).collect(java.util.stream.Collectors.toSet())));
        return ids;
    }

    private static Object[] reportRow(long id, LoadedReport r) {
        ReportContent c = r.content();
        Stamp s = r.submitted();
        Stamp a = r.approved();
        return new Object[] {
            id,
            r.planId(),
            r.key().taskId(),
            r.key().unitId(),
            r.key().periodId(),
            r.state().name(),
            c.progress(),
            c.problems(),
            c.nextSteps(),
            c.completion(),
            s.userId(),
            s.name(),
            Timestamp.from(s.at()),
            a == null ? null : a.userId(),
            a == null ? null : a.name(),
            a == null ? null : Timestamp.from(a.at()),
            Timestamp.from(s.at()),
            a == null ? 2 : 3
        };
    }

    private static Object[] versionRow(long id, LoadedReport r) {
        ReportContent c = r.content();
        Stamp s = r.submitted();
        Stamp a = r.approved();
        return new Object[] {
            id,
            c.progress(),
            c.problems(),
            c.nextSteps(),
            c.completion(),
            s.userId(),
            s.name(),
            Timestamp.from(s.at()),
            r.state().name(),
            a == null ? null : a.name(),
            a == null ? null : Timestamp.from(a.at())
        };
    }

    private static List<AuditLine> auditLines(long id, LoadedReport r) {
        AuditSubject subject = new AuditSubject(
                ProgressReports.ENTITY, id, r.key().taskId(), r.key().unitId());
        Stamp s = r.submitted();
        List<AuditLine> lines = new ArrayList<>();
        for (FieldChange change : ReportChanges.between(ReportContent.empty(), r.content(), r.task())) {
            lines.add(new AuditLine(s.at(), s.userId(), s.name(), subject, "DRAFT_SAVED", null, change, null));
        }
        lines.add(new AuditLine(s.at(), s.userId(), s.name(), subject, "SUBMITTED", "#1", null, null));
        Stamp a = r.approved();
        if (a != null) {
            lines.add(new AuditLine(a.at(), a.userId(), a.name(), subject, "APPROVED", "#1", null, null));
        }
        return lines;
    }
}

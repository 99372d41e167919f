package org.greenplan.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read API for what leaders see (台账, briefings): per task and unit, the latest <em>approved</em>
 * submission, and whether a submission awaits the office's decision. Only approved texts and
 * completion percentages ever come out of here as progress; a pending submission is reported only as
 * pending, never with its content.
 *
 * <p>"Latest" is by the period's end date, then by submission number. The approved submission is read
 * from the report's history ({@code progress_report_version}, outcome APPROVED), so it stays what the
 * office approved whatever later happens to the report.
 *
 * <p>No {@code Actor} check: callers serve pages open to the office and leaders only (the plan-wide
 * ledger); a unit-scoped page must check its reader itself.
 */
@Service
@Transactional(readOnly = true)
public class ApprovedProgress {
    private final JdbcClient jdbc;

    ApprovedProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The latest approved submission of one unit for one task.
     *
     * @param taskId      the {@code task} id
     * @param unitId      the reporting unit's {@code responsible_unit} id
     * @param periodLabel the period's label as the office named it (2022年6月, 2022年第二季度)
     * @param periodEnd   the period's last day
     * @param progress    进展情况 as approved; may be empty
     * @param completion  completion in percent (0–100) as approved, or null when the report gave none
     */
    public record Approved(
            long taskId, long unitId, String periodLabel, LocalDate periodEnd, String progress, Integer completion) {}

    /**
     * A submission awaiting a decision (SUBMITTED or UNIT_APPROVED): its content is not shown.
     *
     * @param taskId      the {@code task} id
     * @param unitId      the reporting unit
     * @param periodLabel the period's label
     * @param periodEnd   the period's last day
     */
    public record Pending(long taskId, long unitId, String periodLabel, LocalDate periodEnd) {}

    /**
     * One task's reports.
     *
     * @param approved the latest approved submission per unit, ordered by unit id; empty when none
     * @param pending  the latest pending submission per unit, ordered by unit id; empty when none
     */
    public record TaskReports(List<Approved> approved, List<Pending> pending) {
        /** No report approved or pending. */
        public static final TaskReports NONE = new TaskReports(List.of(), List.of());

        public TaskReports {
            approved = List.copyOf(approved);
            pending = List.copyOf(pending);
        }
    }

    /**
     * @param planId the plan
     * @return reports by task id; tasks without approved or pending reports are absent (use
     *         {@link TaskReports#NONE}); empty for an unknown plan
     */
    public Map<Long, TaskReports> ofPlan(long planId) {
        return ofPlan(planId, null);
    }

    /**
     * The reports as they stood for periods ending on or before a date: a unit's latest approved submission
     * of those periods, even where a later period has one too (a briefing or score of May reads May).
     *
     * @param planId the plan
     * @param upTo   the last period end counted, inclusive; null counts every period
     * @return reports by task id, as {@link #ofPlan(long)}
     */
    public Map<Long, TaskReports> ofPlan(long planId, LocalDate upTo) {
        return byTask(approved(planId, null, upTo), pending(planId, null, upTo));
    }

    /**
     * One task's reports as {@link #ofPlan(long, LocalDate)} gives them, read alone (a report form asks on every
     * request; the plan's whole read is tens of thousands of rows in a province).
     *
     * @param planId the plan
     * @param taskId the task of that plan
     * @param upTo   the last period end counted, inclusive; null counts every period
     * @return the task's reports; {@link TaskReports#NONE} when it has none or is not the plan's
     */
    public TaskReports ofTask(long planId, long taskId, LocalDate upTo) {
        return ofTasks(planId, List.of(taskId), upTo).getOrDefault(taskId, TaskReports.NONE);
    }

    /**
     * Some tasks' reports as {@link #ofPlan(long, LocalDate)} gives them, in two statements whatever their number:
     * an export that walks a large plan a chunk of tasks at a time reads each chunk's reports alone, so it never
     * holds the whole plan's texts at once.
     *
     * @param planId  the plan
     * @param taskIds tasks of that plan (others give nothing)
     * @param upTo    the last period end counted, inclusive; null counts every period
     * @return reports by task id, as {@link #ofPlan(long)}; empty when {@code taskIds} is
     */
    public Map<Long, TaskReports> ofTasks(long planId, java.util.Collection<Long> taskIds, LocalDate upTo) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Long[] ids = taskIds.toArray(Long[]::new);
        return byTask(approved(planId, ids, upTo), pending(planId, ids, upTo));
    }

    private static Map<Long, TaskReports> byTask(List<Approved> approvedRows, List<Pending> pendingRows) {
        Map<Long, List<Approved>> approved = new HashMap<>();
        Map<Long, List<Pending>> pending = new HashMap<>();
        for (Approved a : approvedRows) {
            approved.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a);
        }
        for (Pending p : pendingRows) {
            pending.computeIfAbsent(p.taskId(), k -> new ArrayList<>()).add(p);
        }
        Map<Long, TaskReports> byTask = new HashMap<>();
        for (Long taskId : union(approved.keySet(), pending.keySet())) {
            byTask.put(
                    taskId,
                    new TaskReports(approved.getOrDefault(taskId, List.of()), pending.getOrDefault(taskId, List.of())));
        }
        return byTask;
    }

    /** @param taskIds the tasks read, or null for every task of the plan */
    private List<Approved> approved(long planId, Long[] taskIds, LocalDate upTo) {
        var query = jdbc.sql(
                        """
                        select distinct on (r.task_id, r.unit_id)
                               r.task_id, r.unit_id, p.label, p.ends_on, v.progress, v.completion
                        from progress_report_version v
                        join progress_report r on r.id = v.report_id
                        join reporting_period p on p.id = r.period_id
                        where r.plan_id = ? and v.outcome = 'APPROVED' and p.ends_on <= coalesce(cast(? as date), p.ends_on)""" + taskFilter(taskIds) + " order by r.task_id, r.unit_id, p.ends_on desc, v.submission desc")
                .params(planId, upTo);
        return (taskIds == null ? query : query.param(taskIds))
                .query(ApprovedProgress::toApproved)
                .list();
    }

    /** @return the condition reading only {@code taskIds} ({@code any} of one id is an index lookup), or none */
    private static String taskFilter(Long[] taskIds) {
        return taskIds == null ? "" : " and r.task_id = any(?)";
    }

    private static Approved toApproved(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Approved(
                rs.getLong("task_id"),
                rs.getLong("unit_id"),
                rs.getString("label"),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("progress"),
                (Integer) rs.getObject("completion"));
    }

    private static Pending toPending(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Pending(
                rs.getLong("task_id"),
                rs.getLong("unit_id"),
                rs.getString("label"),
                rs.getObject("ends_on", LocalDate.class));
    }

    /** @param taskIds the tasks read, or null for every task of the plan */
    private List<Pending> pending(long planId, Long[] taskIds, LocalDate upTo) {
        var query = jdbc.sql("""
                        select distinct on (r.task_id, r.unit_id) r.task_id, r.unit_id, p.label, p.ends_on
                        from progress_report r
                        join reporting_period p on p.id = r.period_id
                        where r.plan_id = ? and r.state in ('SUBMITTED', 'UNIT_APPROVED')
                          and p.ends_on <= coalesce(cast(? as date), p.ends_on)""" + taskFilter(taskIds) + " order by r.task_id, r.unit_id, p.ends_on desc")
                .params(planId, upTo);
        return (taskIds == null ? query : query.param(taskIds))
                .query(ApprovedProgress::toPending)
                .list();
    }

    private static java.util.Set<Long> union(java.util.Set<Long> a, java.util.Set<Long> b) {
        java.util.Set<Long> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}

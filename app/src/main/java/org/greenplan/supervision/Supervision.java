package org.greenplan.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.greenplan.periods.HolidayCalendars;
import org.greenplan.periods.ReadingDates;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.WorkingDayCalendar;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.HeadingView;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.PlanTimeliness;
import org.greenplan.supervision.internal.StatusRules;
import org.greenplan.supervision.internal.TaskFacts;
import org.greenplan.targets.TargetTracking;
import org.greenplan.targets.TrackedTarget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes each task's {@link TaskStatus} from its targets' evaluation (approved values only), its
 * approved progress reports, its units' report timeliness and its deadline, under the plan's
 * {@link SupervisionSettings}. The rules are in {@code internal.StatusRules} (pure Java). Nothing is
 * stored: every answer reads the current data, so an approval, a closed period or a day passing shows in
 * the next answer. Report timeliness is read for the whole plan at once ({@code progress::PlanTimeliness}),
 * never per task or unit, and so are the targets ({@code TargetTracking.evaluateTasks}): reading a plan
 * costs a fixed number of SQL statements, not a few per task or target.
 */
@Service
@Transactional(readOnly = true)
public class Supervision {
    private final PlanCatalog catalog;
    private final TargetTracking tracking;
    private final ApprovedProgress approved;
    private final List<TaskClosures> closures;
    private final PlanTimeliness timeliness;
    private final SupervisionSettingsStore settings;
    private final HolidayCalendars calendars;
    private final ReadingDates dates;

    Supervision(
            PlanCatalog catalog,
            TargetTracking tracking,
            ApprovedProgress approved,
            List<TaskClosures> closures,
            PlanTimeliness timeliness,
            SupervisionSettingsStore settings,
            HolidayCalendars calendars,
            ReadingDates dates) {
        this.catalog = catalog;
        this.tracking = tracking;
        this.approved = approved;
        this.closures = closures;
        this.timeliness = timeliness;
        this.settings = settings;
        this.calendars = calendars;
        this.dates = dates;
    }

    /** @return today in the office's time zone */
    public LocalDate today() {
        return dates.today();
    }

    /**
     * 读取日 — the date a plan's statuses are read on wherever no date or period is asked for: the
     * dashboard, the public page, the ledger, the task page, the close-out pages, the assessment of the
     * plan year and the county roll-up all take it from here, so one task shows one status everywhere.
     * <p>The rule: <b>today, but not later than the end of the plan's reporting</b> (the last day of its
     * last reporting period; without periods 31 December of the plan year). Statuses are read from
     * reports: after the last period no report is asked for, so a later date would only age the data
     * (every task 停滞, every pace at its year-end goal) and tell leaders nothing new about the year. Yet
     * the office's decisions made after that date still count: a reading on or after this date counts
     * every close-out (销号) and cancellation decided up to today (验收 and 销号 often come after the
     * year's end), and approvals always count for the period they belong to, whenever given; a report
     * submitted after this date reads as submitted late (逾期报送, with its day), not as missing. A reading
     * on an earlier date (a past period, {@code ?on=}) counts only the closures and submissions by then.
     *
     * @param planId the plan
     * @return the plan's reading date (the office's time zone)
     * @throws org.greenplan.plan.NotFoundException when there is no such plan
     */
    public LocalDate asOf(long planId) {
        return dates.ofPlan(plan(planId));
    }

    /**
     * The date a period's statuses are read on (the dashboard's period filter, a period's briefing, an
     * assessment up to a period): the period's last day, or today while it runs. The plan's last period
     * thus reads as {@link #asOf(long)} once the reporting is over.
     *
     * @param period a reporting period
     * @return its reading date
     */
    public LocalDate asOf(ReportingPeriod period) {
        return dates.ofPeriod(period);
    }

    /**
     * @param planId the plan
     * @return every task's status on the plan's reading date ({@link #asOf(long)})
     * @throws org.greenplan.plan.NotFoundException when there is no such plan
     */
    public PlanSupervision ofPlan(long planId) {
        return ofPlan(planId, asOf(planId));
    }

    /**
     * @param planId the plan
     * @param on     the date the statuses are to hold on (e.g. {@link #asOf(ReportingPeriod)}); on or after
     *               {@link #asOf(long)} every closure decided so far counts, before it only those decided by then
     * @return every task's status on that date, in printed order
     * @throws org.greenplan.plan.NotFoundException when there is no such plan
     */
    public PlanSupervision ofPlan(long planId, LocalDate on) {
        return new PlanSupervision(planId, on, supervise(planId, on, catalog.tasks(planId, null)));
    }

    /**
     * Evaluates only the one task (its targets are the costly part), with the same rules as {@link #ofPlan}.
     *
     * @return the task's status on the date, or empty when the plan has no such task
     * @throws org.greenplan.plan.NotFoundException when there is no such plan
     */
    public Optional<SupervisedTask> ofTask(long planId, long taskId, LocalDate on) {
        PlanSummary plan = plan(planId);
        // the one task read alone, not the plan's tasks filtered (a report form asks this on every request)
        // its reports read alone too
        return catalog.task(planId, taskId).flatMap(task -> alone(plan, task, on));
    }

    /**
     * {@link #ofTask(long, long, LocalDate)} for a task the caller already read (the report form): the same
     * answer without reading the task again.
     *
     * @param task a task of the plan, as {@code PlanCatalog#task(planId, taskId)} gives it
     */
    public Optional<SupervisedTask> ofTask(long planId, TaskView task, LocalDate on) {
        if (task.planId() != planId) {
            throw new IllegalArgumentException("task " + task.id() + " is not of plan " + planId);
        }
        return alone(plan(planId), task, on);
    }

    private Optional<SupervisedTask> alone(PlanSummary plan, TaskView task, LocalDate on) {
        return supervise(plan, on, List.of(task), Map.of(task.id(), approved.ofTask(plan.id(), task.id(), on))).stream()
                .findFirst();
    }

    /**
     * Supervises some tasks of a plan a chunk at a time, with the same rules and results as {@link #ofPlan}
     * (a task's status depends on its own data only): a large export hands each chunk on before the next is
     * read, so the whole plan's reports, report slots and target values are never held at once. The plan's
     * settings, headings, closures, periods and calendar are read once; each chunk's reports, submissions and
     * target values in a fixed number of statements.
     *
     * @param planId    the plan
     * @param on        the date the statuses hold on, as for {@link #ofPlan(long, LocalDate)}
     * @param tasks     tasks of the plan (e.g. {@code plan::PlanCatalog#tasks}, perhaps one unit's), in the order
     *                  wanted
     * @param chunkSize the number of tasks per chunk, at least 1
     * @param chunk     receives each chunk's tasks, in the order of {@code tasks}
     * @throws org.greenplan.plan.NotFoundException when there is no such plan
     * @throws IllegalArgumentException             when {@code chunkSize} is less than 1
     */
    public void inChunks(
            long planId, LocalDate on, List<TaskView> tasks, int chunkSize, Consumer<List<SupervisedTask>> chunk) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size " + chunkSize + " is less than 1");
        }
        PlanSummary plan = plan(planId);
        PlanTimeliness.Chunks slots = timeliness.inChunks(planId);
        Rules rules = rules(plan, on);
        for (int from = 0; from < tasks.size(); from += chunkSize) {
            List<TaskView> part = tasks.subList(from, Math.min(tasks.size(), from + chunkSize));
            List<Long> ids = part.stream().map(TaskView::id).toList();
            chunk.accept(supervise(plan, on, part, approved.ofTasks(planId, ids, on), rules, slots.of(part)));
        }
    }

    private List<SupervisedTask> supervise(long planId, LocalDate on, List<TaskView> taskViews) {
        return supervise(plan(planId), on, taskViews, approved.ofPlan(planId, on));
    }

    private List<SupervisedTask> supervise(
            PlanSummary plan, LocalDate on, List<TaskView> taskViews, Map<Long, ApprovedProgress.TaskReports> reports) {
        Rules rules = rules(plan, on);
        return supervise(
                plan, on, taskViews, reports, rules, timeliness.ofPlan(plan.id(), taskViews, rules.calendar()));
    }

    /** @return what every task of the plan shares on the date, read once */
    private Rules rules(PlanSummary plan, LocalDate on) {
        long planId = plan.id();
        // closures decided and reports submitted after the date count when reading on (or after) the plan's
        // reading date
        LocalDate closuresUpTo = on.isBefore(dates.ofPlan(plan)) ? on : LocalDate.MAX;
        Map<Long, TaskClosure> closed = new HashMap<>();
        closures.forEach(c -> closed.putAll(c.ofPlan(planId)));
        return new Rules(
                settings.of(planId), calendars.current(), closuresUpTo, sections(catalog.headings(planId)), closed);
    }

    private List<SupervisedTask> supervise(
            PlanSummary plan,
            LocalDate on,
            List<TaskView> taskViews,
            Map<Long, ApprovedProgress.TaskReports> reports,
            Rules rules,
            Map<Long, List<PlanTimeliness.Slot>> slots) {
        Map<Long, List<TrackedTarget>> targets = tracking.evaluateTasks(taskViews, plan.planYear(), on);
        List<SupervisedTask> tasks = new ArrayList<>();
        for (TaskView task : taskViews) {
            TaskClosure closure = rules.closed().get(task.id());
            tasks.add(supervise(
                    task,
                    targets.get(task.id()),
                    on,
                    reports,
                    rules,
                    slots.getOrDefault(task.id(), List.of()),
                    closure == null || closure.on().isAfter(rules.knownBy()) ? null : closure));
        }
        return tasks;
    }

    private PlanSummary plan(long planId) {
        return catalog.plan(planId).orElseThrow(() -> org.greenplan.plan.NotFoundException.plan(planId));
    }

    /** What every task of one plan shares when its rules run. */
    private record Rules(
            SupervisionSettings settings,
            WorkingDayCalendar calendar,
            LocalDate knownBy,
            Map<Long, Long> sectionOf,
            Map<Long, TaskClosure> closed) {}

    private SupervisedTask supervise(
            TaskView task,
            List<TrackedTarget> targets,
            LocalDate on,
            Map<Long, ApprovedProgress.TaskReports> reports,
            Rules rules,
            List<PlanTimeliness.Slot> slots,
            TaskClosure closure) {
        List<ApprovedProgress.Approved> upToDate = reports.getOrDefault(task.id(), ApprovedProgress.TaskReports.NONE)
                .approved();
        TaskFacts facts = new TaskFacts(task, targets, upToDate, slots, on, rules.knownBy());
        List<StatusReason> reasons = closure == null
                ? StatusRules.reasons(facts, rules.settings(), rules.calendar())
                : List.of(StatusRules.closed(closure));
        TaskStatus status = StatusRules.statusOf(reasons);
        LocalDate lastUpdate = upToDate.stream()
                .map(ApprovedProgress.Approved::periodEnd)
                .max(Comparator.naturalOrder())
                .orElse(null);
        List<Long> unitIds = task.units().stream().map(AssignedUnit::unitId).toList();
        Long lead = task.units().stream()
                .filter(u -> "LEAD".equals(u.role()))
                .map(AssignedUnit::unitId)
                .findFirst()
                .orElse(unitIds.isEmpty() ? null : unitIds.get(0));
        return new SupervisedTask(
                task.planId(),
                task.id(),
                task.number(),
                task.path(),
                task.text(),
                task.nodeId() == null ? null : rules.sectionOf().get(task.nodeId()),
                unitIds,
                lead,
                status,
                reasons.get(0),
                reasons,
                lastUpdate,
                targets,
                StatusRules.dueReports(facts, rules.settings()));
    }

    /** heading id → its top-level ancestor's id */
    private static Map<Long, Long> sections(List<HeadingView> headings) {
        Map<Long, HeadingView> byId = new HashMap<>();
        headings.forEach(h -> byId.put(h.id(), h));
        Map<Long, Long> top = new HashMap<>();
        for (HeadingView h : headings) {
            HeadingView at = h;
            while (at.parentId() != null && byId.containsKey(at.parentId())) {
                at = byId.get(at.parentId());
            }
            top.put(h.id(), at.id());
        }
        return top;
    }
}

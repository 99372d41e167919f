package org.greenplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;
import org.greenplan.shared.SupervisionInputsChanged;
import org.greenplan.targets.internal.TargetEvaluator;
import org.greenplan.targets.internal.TargetStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a task's targets and records what the office enters for them: reported values and
 * evaluation settings. Each change runs in its own transaction and records itself in the audit trail
 * with its old and new values ({@link TargetAudit}); a settings save that changes nothing records nothing.
 *
 * <p>The plan year is the plan's {@code planYear}; when the document printed none, the year of the
 * task's deadline, else the year of the evaluation date.
 */
@Service
@Transactional(readOnly = true)
public class TargetTracking {
    private final PlanCatalog catalog;
    private final TargetStore store;

    private final java.time.Clock clock;
    private final TargetAudit audit;
    private final ApplicationEventPublisher events;

    TargetTracking(
            PlanCatalog catalog,
            TargetStore store,
            java.time.Clock clock,
            TargetAudit audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.clock = clock;
        this.audit = audit;
        this.catalog = catalog;
        this.store = store;
    }

    /**
     * @param planId plan id
     * @param taskId task id
     * @param on     the evaluation date
     * @return the task's targets in text order, evaluated on {@code on}; empty when it has none
     * @throws NoSuchElementException when the plan has no such task
     */
    public List<TrackedTarget> evaluateTask(long planId, long taskId, LocalDate on) {
        TaskView task = task(planId, taskId);
        int year = planYear(planId, task, on);
        return task.targets().stream().map(t -> evaluate(task, t, year, on)).toList();
    }

    /**
     * Evaluates every target of a plan with a fixed number of statements whatever the number of tasks and
     * targets (the plan, its tasks, the settings and the values: see {@link #evaluateTasks}).
     *
     * @param planId the plan
     * @param on     the evaluation date
     * @return task id → its targets in text order, evaluated on {@code on}, for every task of the plan in
     *         printed order (a task without targets maps to an empty list)
     * @throws NotFoundException when there is no such plan
     */
    public Map<Long, List<TrackedTarget>> evaluatePlan(long planId, LocalDate on) {
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        return evaluateTasks(catalog.tasks(planId, null), plan.planYear(), on);
    }

    /**
     * Same as {@link #evaluateTask(TaskView, Integer, LocalDate)} for many tasks the caller already holds
     * (supervision walks every task of a plan), reading the settings and values of all their targets in three
     * statements instead of three per target.
     *
     * @param tasks    the tasks with their targets
     * @param planYear the plan's year, or null when the plan names none
     * @param on       the evaluation date
     * @return task id → its targets in text order, evaluated on {@code on}, in the order of {@code tasks}
     */
    public Map<Long, List<TrackedTarget>> evaluateTasks(Collection<TaskView> tasks, Integer planYear, LocalDate on) {
        List<Long> targetIds = tasks.stream()
                .flatMap(t -> t.targets().stream())
                .map(TargetView::id)
                .toList();
        Map<Long, EvaluationSettings> settings = store.settingsOf(targetIds);
        Map<Long, List<ReportedValue>> values = store.valuesOf(targetIds);
        Map<Long, List<TrackedTarget>> evaluated = new LinkedHashMap<>();
        for (TaskView task : tasks) {
            int year = yearOf(planYear, task, on);
            evaluated.put(
                    task.id(),
                    task.targets().stream()
                            .map(t -> evaluate(
                                    task, t, year, settings.get(t.id()), values.getOrDefault(t.id(), List.of()), on))
                            .toList());
        }
        return evaluated;
    }

    /**
     * Same as {@link #evaluateTask(long, long, LocalDate)} for a task the caller already holds (the
     * ledger walks every task of a plan: it need not load each one again).
     *
     * @param task     the task with its targets
     * @param planYear the plan's year, or null when the plan names none
     * @param on       the evaluation date
     * @return the task's targets in text order, evaluated on {@code on}
     */
    public List<TrackedTarget> evaluateTask(TaskView task, Integer planYear, LocalDate on) {
        int year = yearOf(planYear, task, on);
        return task.targets().stream().map(t -> evaluate(task, t, year, on)).toList();
    }

    /**
     * @return one target of the task, evaluated on {@code on}
     * @throws NoSuchElementException when the plan has no such task or the task no such target
     */
    public TrackedTarget evaluateTarget(long planId, long taskId, long targetId, LocalDate on) {
        TaskView task = task(planId, taskId);
        return evaluate(task, target(task, targetId), planYear(planId, task, on), on);
    }

    /**
     * Records a value reported for a target.
     *
     * @param period      the first day of the month reported, or the day measured; within the plan year
     * @param value       the level in the target's level unit ({@link TargetTerms#levelUnit()})
     * @param approximate whether it was entered as approximate
     * @param note        a remark, or null
     * @throws NoSuchElementException   when the plan has no such task or the task no such target
     * @throws IllegalArgumentException when the period is outside the plan year
     */
    @Transactional
    public void recordValue(
            long planId,
            long taskId,
            long targetId,
            LocalDate period,
            BigDecimal value,
            boolean approximate,
            String note) {
        TaskView task = task(planId, taskId);
        TargetView target = target(task, targetId);
        int year = planYear(planId, task, period);
        if (period.getYear() != year) {
            throw new IllegalArgumentException("period " + period + " is outside the plan year " + year);
        }
        store.addValue(targetId, period, value, approximate, note);
        inputsChanged(planId);
        audit.valueEntered(taskId, target, period, value, approximate);
    }

    /**
     * Records a value of an approved progress report (source PROGRESS_REPORT): it counts for the period like
     * an entered value, the latest entry counting, earlier ones kept as history.
     *
     * @param period           the first day of the month the report's period ends in
     * @param value            the level in the target's level unit
     * @param progressReportId the approved report
     * @throws NoSuchElementException   when the plan has no such task or the task no such target
     * @throws IllegalArgumentException when the period is outside the plan year
     */
    @Transactional
    public void recordApprovedValue(
            long planId,
            long taskId,
            long targetId,
            LocalDate period,
            BigDecimal value,
            boolean approximate,
            long progressReportId) {
        TaskView task = task(planId, taskId);
        target(task, targetId);
        int year = planYear(planId, task, period);
        if (period.getYear() != year) {
            throw new IllegalArgumentException("period " + period + " is outside the plan year " + year);
        }
        store.addReportedValue(targetId, period, value, approximate, progressReportId);
    }

    /**
     * Corrects (更正) the value counted for a period: the new value counts from now on, the old entry stays
     * in the history with the reason beside the new one.
     *
     * @param period the period whose value is corrected (first day of the month, or the day measured)
     * @param value  the corrected level in the target's level unit
     * @param reason why the earlier value was wrong; required
     * @throws NoSuchElementException   when the plan has no such task, the task no such target, or the
     *                                  period no counted value to correct
     * @throws IllegalArgumentException when the reason is blank
     */
    @Transactional
    public void correctValue(
            long planId,
            long taskId,
            long targetId,
            LocalDate period,
            BigDecimal value,
            boolean approximate,
            String reason) {
        TargetView target = target(task(planId, taskId), targetId);
        var before = TargetAudit.counted(store.values(targetId), period);
        store.addCorrection(targetId, period, value, approximate, null, requireReason(reason));
        inputsChanged(planId);
        audit.valueCorrected(taskId, target, before, period, value, approximate, reason.strip());
    }

    /**
     * Withdraws (撤回) the value of a period: none of its entries counts any more; all stay in the history
     * with the reason.
     *
     * @throws NoSuchElementException   when the plan has no such task, the task no such target, or the
     *                                  period no counted value
     * @throws IllegalArgumentException when the reason is blank
     */
    @Transactional
    public void withdrawValue(long planId, long taskId, long targetId, LocalDate period, String reason) {
        TargetView target = target(task(planId, taskId), targetId);
        var before = TargetAudit.counted(store.values(targetId), period);
        store.withdraw(targetId, period, requireReason(reason));
        inputsChanged(planId);
        audit.valueWithdrawn(taskId, target, before, reason.strip());
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction or withdrawal needs a reason");
        }
        return reason.strip();
    }

    /**
     * Replaces a target's evaluation settings, whatever version is stored (scripted set-ups; forms use the
     * version-checked overload).
     *
     * @throws NoSuchElementException   when the plan has no such task or the task no such target
     * @throws IllegalArgumentException when a milestone lies outside the plan year
     */
    @Transactional
    public void saveSettings(long planId, long taskId, long targetId, EvaluationSettings settings) {
        saveSettings(planId, taskId, targetId, settings, store.settingsVersion(targetId));
    }

    /**
     * @return the version of the target's stored settings (0 while none were saved), for {@link
     *     #saveSettings(long, long, long, EvaluationSettings, int)}
     */
    public int settingsVersion(long targetId) {
        return store.settingsVersion(targetId);
    }

    /**
     * Saves the settings as {@link #saveSettings(long, long, long, EvaluationSettings)} does, unless someone
     * saved them after the caller read {@code expectedVersion} (a settings form open in two browsers).
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when the stored version is another
     */
    @Transactional
    public void saveSettings(
            long planId, long taskId, long targetId, EvaluationSettings settings, int expectedVersion) {
        TaskView task = task(planId, taskId);
        TargetView target = target(task, targetId);
        int year = planYear(planId, task, LocalDate.now(clock));
        if (settings.milestones().stream().anyMatch(m -> m.date().getYear() != year)) {
            throw new IllegalArgumentException("milestones must lie in the plan year " + year);
        }
        EvaluationSettings before = store.settings(targetId);
        store.saveSettings(targetId, settings, expectedVersion);
        inputsChanged(planId);
        audit.settingsChanged(taskId, target, before, settings);
    }

    private TrackedTarget evaluate(TaskView task, TargetView target, int year, LocalDate on) {
        return evaluate(task, target, year, store.settings(target.id()), store.values(target.id()), on);
    }

    /** The pace from a first reported value runs to the task's deadline ({@link PaceBasis#FIRST_VALUE}). */
    private static TrackedTarget evaluate(
            TaskView task,
            TargetView target,
            int year,
            EvaluationSettings settings,
            List<ReportedValue> values,
            LocalDate on) {
        EvaluationOutcome evaluation =
                TargetEvaluator.evaluate(TargetTerms.of(target), settings, year, task.deadline(), values, on);
        return new TrackedTarget(target, year, settings, values, evaluation);
    }

    private TaskView task(long planId, long taskId) {
        return catalog.task(planId, taskId).orElseThrow(() -> new NotFoundException("error.notFound.task"));
    }

    private static TargetView target(TaskView task, long targetId) {
        return task.targets().stream()
                .filter(t -> t.id() == targetId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound.target"));
    }

    private int planYear(long planId, TaskView task, LocalDate fallback) {
        return yearOf(catalog.plan(planId).map(PlanSummary::planYear).orElse(null), task, fallback);
    }

    /** The plan's year; failing that the task deadline's; failing that the fallback date's. */
    private static int yearOf(Integer planYear, TaskView task, LocalDate fallback) {
        if (planYear != null) {
            return planYear;
        }
        return task.deadline() != null ? task.deadline().getYear() : fallback.getYear();
    }

    // values and settings dated in a closed period change what the dashboard stored for it
    private void inputsChanged(long planId) {
        events.publishEvent(SupervisionInputsChanged.ofPlan(planId));
    }
}

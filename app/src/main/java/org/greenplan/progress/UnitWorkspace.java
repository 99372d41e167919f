package org.greenplan.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenplan.accounts.Actor;
import org.greenplan.periods.Acknowledgements;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.periods.WorkingDayCalendar;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.TaskView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's workspace (本期待填报): every task the unit is assigned to in each OPEN period of the published
 * plans, with its {@link Deadline} and the report's state, and the plans the unit has not acknowledged
 * (签收). A unit reads only its own workspace: another unit's throws {@link AccessDeniedException} (403).
 */
@Service
@Transactional(readOnly = true)
public class UnitWorkspace {
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final Acknowledgements acknowledgements;
    private final ReportOverview overview;
    private final Deadlines deadlines;
    private final UnitApprovalPolicy unitApproval;

    UnitWorkspace(
            PlanCatalog catalog,
            ReportingPeriods periods,
            Acknowledgements acknowledgements,
            ReportOverview overview,
            Deadlines deadlines,
            org.springframework.beans.factory.ObjectProvider<UnitApprovalPolicy> unitApproval) {
        this.catalog = catalog;
        this.periods = periods;
        this.acknowledgements = acknowledgements;
        this.overview = overview;
        this.deadlines = deadlines;
        this.unitApproval = unitApproval.getIfAvailable(() -> planId -> false);
    }

    /**
     * @return what the unit reports in every open period, by plan, period and task order
     * @throws AccessDeniedException when the actor does not speak for the unit
     */
    public List<DueItem> due(Actor actor, long unitId) {
        requireUnit(actor, unitId);
        WorkingDayCalendar calendar = deadlines.calendar();
        List<DueItem> items = new ArrayList<>();
        for (PlanSummary plan : publishedPlansNaming(unitId)) {
            List<TaskView> tasks = catalog.tasks(plan.id(), unitId);
            if (tasks.isEmpty()) {
                continue;
            }
            for (ReportingPeriod period : periods.ofPlan(plan.id())) {
                if (period.state() == PeriodState.OPEN) {
                    items.addAll(items(actor, calendar, plan, period, tasks, unitId));
                }
            }
        }
        return items;
    }

    /**
     * @return the unit's tasks in the period (open or closed) with their deadlines and reports
     * @throws NotFoundException     when there is no such period
     * @throws AccessDeniedException when the actor does not speak for the unit, or the period's plan gives the
     *                               unit no task
     */
    public PeriodWork period(Actor actor, long periodId, long unitId) {
        requireUnit(actor, unitId);
        ReportingPeriod period =
                periods.find(periodId).orElseThrow(() -> new NotFoundException("error.notFound.period"));
        PlanSummary plan = catalog.plan(period.planId())
                .filter(PlanSummary::published)
                .orElseThrow(() -> new NotFoundException("error.notFound.period"));
        List<TaskView> tasks = catalog.tasks(plan.id(), unitId);
        if (tasks.isEmpty()) {
            throw new AccessDeniedException("unit " + unitId + " has no task in plan " + plan.id());
        }
        return new PeriodWork(
                plan,
                period,
                items(actor, deadlines.calendar(), plan, period, tasks, unitId),
                unitApproval.unitApprovalRequired(plan.id()));
    }

    /** @return the published plans giving the unit tasks that it has not acknowledged (签收) */
    public List<PlanSummary> unacknowledged(Actor actor, long unitId) {
        requireUnit(actor, unitId);
        return publishedPlansNaming(unitId).stream()
                .filter(plan -> acknowledgements.ofPlan(plan.id()).stream()
                        .anyMatch(a -> a.unitId() == unitId && !a.acknowledged()))
                .toList();
    }

    private List<DueItem> items(
            Actor actor,
            WorkingDayCalendar calendar,
            PlanSummary plan,
            ReportingPeriod period,
            List<TaskView> tasks,
            long unitId) {
        Map<Long, ReportStatus> reports = overview.ofUnit(actor, period.id(), unitId).stream()
                .collect(Collectors.toMap(ReportStatus::taskId, Function.identity()));
        return tasks.stream()
                .map(task -> {
                    boolean lead = ReportAccess.leadUnit(task) == unitId;
                    return new DueItem(
                            plan.title(),
                            period,
                            task,
                            lead,
                            deadlines.of(calendar, period, unitId, task.id(), lead),
                            reports.get(task.id()));
                })
                .toList();
    }

    /** Only plans naming the unit: a province instance holds ~50 plans, a unit is named in a few. */
    private List<PlanSummary> publishedPlansNaming(long unitId) {
        java.util.Set<Long> naming = catalog.planIdsNaming(unitId);
        return catalog.plans().stream()
                .filter(p -> p.published() && naming.contains(p.id()))
                .toList();
    }

    private static void requireUnit(Actor actor, long unitId) {
        if (!actor.speaksFor(unitId)) {
            throw new AccessDeniedException(actor.username() + " does not speak for unit " + unitId);
        }
    }

    /**
     * One period of a plan as the unit works on it.
     *
     * @param plan                 the plan
     * @param period               the period
     * @param items                the unit's tasks, in document order
     * @param unitApprovalRequired whether the plan asks for the unit leader's approval
     */
    public record PeriodWork(
            PlanSummary plan, ReportingPeriod period, List<DueItem> items, boolean unitApprovalRequired) {

        /** @return the reports submitted and awaiting the unit leader's approval (empty when the plan does not ask) */
        public List<DueItem> awaitingUnitApproval() {
            if (!unitApprovalRequired) {
                return List.of();
            }
            return items.stream()
                    .filter(i -> i.report() != null && i.report().state() == ReportState.SUBMITTED)
                    .toList();
        }

        /** @return the item of the task, or empty */
        public java.util.Optional<DueItem> item(long taskId) {
            return items.stream().filter(i -> i.task().id() == taskId).findFirst();
        }
    }
}

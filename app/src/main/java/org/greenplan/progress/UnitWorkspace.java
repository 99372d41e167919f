package org.greenplan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.greenplan.progress.internal.WorkspaceGenerations;
import org.greenplan.shared.ResultCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A unit's workspace (本期待填报): every task the unit is assigned to in each OPEN period of the published
 * plans, with its {@link Deadline} and the report's state, and the plans the unit has not acknowledged
 * (签收). A unit reads only its own workspace: another unit's throws {@link AccessDeniedException} (403).
 *
 * <p>The answer is kept per unit in this node's memory ({@link ResultCache}, at most {@code
 * greenplan.workspace.kept-answers}) under today's date and the generations of the plans naming the unit, read
 * from the database before each answer ({@link WorkspaceGenerations#of}, one statement): every change of what
 * the workspace shows raises one of them in its own transaction, so no node answers from an older state. The
 * answer holds nothing of the person asking (name, notices, CSRF token come from the page's own request).
 * The kept answer is asked for outside any transaction and computed in its own read-only transaction, so a
 * request waiting for another's computation of the same answer holds no pooled connection (issue 11).
 */
@Service
public class UnitWorkspace {
    private static final Comparator<PlanSummary> NEWEST_FIRST = Comparator.comparing(PlanSummary::createdAt)
            .thenComparingLong(PlanSummary::id)
            .reversed();

    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final Acknowledgements acknowledgements;
    private final ReportOverview overview;
    private final Deadlines deadlines;
    private final UnitApprovalPolicy unitApproval;
    private final WorkspaceGenerations generations;
    private final ResultCache kept;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the collaborators of one read model, each one statement kind
    UnitWorkspace(
            PlanCatalog catalog,
            ReportingPeriods periods,
            Acknowledgements acknowledgements,
            ReportOverview overview,
            Deadlines deadlines,
            ObjectProvider<UnitApprovalPolicy> unitApproval,
            WorkspaceGenerations generations,
            Clock clock,
            @Value("${greenplan.workspace.kept-answers:1000}") int capacity,
            PlatformTransactionManager transactions) {
        this.catalog = catalog;
        this.periods = periods;
        this.acknowledgements = acknowledgements;
        this.overview = overview;
        this.deadlines = deadlines;
        this.unitApproval = unitApproval.getIfAvailable(() -> planId -> false);
        this.generations = generations;
        this.clock = clock;
        this.kept = new ResultCache(capacity);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The unit's workspace: its due tasks and the plans it has not acknowledged, kept while nothing it shows
     * changed (one statement then).
     *
     * @throws AccessDeniedException when the actor does not speak for the unit
     */
    public Workspace of(Actor actor, long unitId) {
        requireUnit(actor, unitId);
        Key key = new Key(unitId, LocalDate.now(clock), generations.of(unitId));
        return kept.get(key, () -> readOnly.execute(tx -> compute(actor, unitId)));
    }

    /**
     * @return what the unit reports in every open period, by plan (newest first), period and task order
     * @throws AccessDeniedException when the actor does not speak for the unit
     */
    public List<DueItem> due(Actor actor, long unitId) {
        return of(actor, unitId).due();
    }

    /** @return the published plans giving the unit tasks that it has not acknowledged (签收), newest first */
    public List<PlanSummary> unacknowledged(Actor actor, long unitId) {
        return of(actor, unitId).unacknowledged();
    }

    /** Drops the answers this node keeps (for tests: the next ones are computed afresh). */
    void forget() {
        kept.clear();
    }

    private Workspace compute(Actor actor, long unitId) {
        List<PlanSummary> plans = publishedPlansNaming(unitId);
        Set<Long> acknowledged = acknowledgements.acknowledgedPlanIds(unitId);
        return new Workspace(
                dueIn(actor, plans, unitId),
                plans.stream().filter(p -> !acknowledged.contains(p.id())).toList());
    }

    /** Statements: the periods of each plan, then per plan with an open period its tasks, per period 2. */
    private List<DueItem> dueIn(Actor actor, List<PlanSummary> plans, long unitId) {
        WorkingDayCalendar calendar = null;
        List<DueItem> items = new ArrayList<>();
        for (PlanSummary plan : plans) {
            List<ReportingPeriod> open = periods.ofPlan(plan.id()).stream()
                    .filter(p -> p.state() == PeriodState.OPEN)
                    .toList();
            List<TaskView> tasks = open.isEmpty() ? List.of() : catalog.tasks(plan.id(), unitId);
            for (ReportingPeriod period : tasks.isEmpty() ? List.<ReportingPeriod>of() : open) {
                calendar = calendar == null ? deadlines.calendar() : calendar;
                items.addAll(items(actor, calendar, plan, period, tasks, unitId));
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
    @Transactional(readOnly = true)
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

    private List<DueItem> items(
            Actor actor,
            WorkingDayCalendar calendar,
            PlanSummary plan,
            ReportingPeriod period,
            List<TaskView> tasks,
            long unitId) {
        Map<Long, ReportStatus> reports = overview.ofUnit(actor, period.id(), unitId).stream()
                .collect(Collectors.toMap(ReportStatus::taskId, Function.identity()));
        Deadlines.PeriodDeadlines due = deadlines.ofPeriod(calendar, period);
        return tasks.stream()
                .map(task -> {
                    boolean lead = ReportAccess.leadUnit(task) == unitId;
                    return new DueItem(
                            plan.title(), period, task, lead, due.of(unitId, task.id(), lead), reports.get(task.id()));
                })
                .toList();
    }

    /**
     * Only plans naming the unit, newest first: a province instance holds ~50 plans, a unit is named in a few,
     * so they are read one by one instead of listing every plan with its counts.
     */
    private List<PlanSummary> publishedPlansNaming(long unitId) {
        return catalog.planIdsNaming(unitId).stream()
                .map(catalog::plan)
                .flatMap(Optional::stream)
                .filter(PlanSummary::published)
                .sorted(NEWEST_FIRST)
                .toList();
    }

    private static void requireUnit(Actor actor, long unitId) {
        if (!actor.speaksFor(unitId)) {
            throw new AccessDeniedException(actor.username() + " does not speak for unit " + unitId);
        }
    }

    /**
     * What a kept answer depends on.
     *
     * @param unitId      the unit
     * @param today       the day in the office's time zone (working days left change with it)
     * @param generations the generations of the plans naming the unit, their acknowledgements and the unit's own
     *                    generation ({@link WorkspaceGenerations#of})
     */
    private record Key(long unitId, LocalDate today, String generations) {}

    /**
     * What {@code /my} shows a unit, the same for every person of the unit.
     *
     * @param due            the tasks due in every open period, by plan (newest first), period and task order
     * @param unacknowledged the published plans naming the unit that it has not acknowledged, newest first
     */
    public record Workspace(List<DueItem> due, List<PlanSummary> unacknowledged) {
        public Workspace {
            due = List.copyOf(due);
            unacknowledged = List.copyOf(unacknowledged);
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

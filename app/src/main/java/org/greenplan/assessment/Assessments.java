package org.greenplan.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.assessment.internal.ScoreCalculator;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.UnitTaskCount;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.Supervision;
import org.greenplan.targets.Attainment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes every unit's {@link UnitScore} of a plan from the shared read services: task statuses from
 * {@code supervision::Supervision} (with the targets' attainment they were computed from), report
 * timeliness from one {@code progress::SubmissionMatrix} per period and completeness from {@code
 * progress::ApprovedProgress}. The arithmetic is in {@code internal.ScoreCalculator}.
 *
 * <p>Periods counted: those of the plan that are open or closed, end on or before the scoring date, and
 * whose reporting window (grace date) has passed or that are closed, so that no unit loses points for a
 * report not yet due.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {
    private final PlanCatalog catalog;
    private final Supervision supervision;
    private final SubmissionMatrix matrix;
    private final ApprovedProgress approved;
    private final ReportingPeriods periods;
    private final AssessmentRules rules;
    private final Clock clock;

    Assessments(
            PlanCatalog catalog,
            Supervision supervision,
            SubmissionMatrix matrix,
            ApprovedProgress approved,
            ReportingPeriods periods,
            AssessmentRules rules,
            Clock clock) {
        this.catalog = catalog;
        this.supervision = supervision;
        this.matrix = matrix;
        this.approved = approved;
        this.periods = periods;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * @param actor      the office or a leader
     * @param planId     the plan
     * @param upToPeriod score up to this period's last day, or null for the plan year (read on {@code Supervision.asOf})
     * @return the ranked scores under the plan's current rules
     * @throws AccessDeniedException unless the office or a leader
     * @throws NotFoundException     when there is no such plan, or the period is not the plan's
     */
    public ScoreSheet sheet(Actor actor, long planId, Long upToPeriod) {
        return sheet(actor, planId, upToPeriod, rules.of(planId));
    }

    /** Same as {@link #sheet(Actor, long, Long)} under the given rules (a round's copy of them). */
    ScoreSheet sheet(Actor actor, long planId, Long upToPeriod, ScoringRules applied) {
        if (!actor.isOffice() && !actor.has(Role.LEADER)) {
            throw new AccessDeniedException(actor.username() + " may not read every unit's scores");
        }
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        LocalDate on = scoringDate(plan, upToPeriod);
        List<ReportingPeriod> counted = periodsCounted(planId, on);
        PlanSupervision statuses = supervision.ofPlan(planId, on);
        Map<Long, List<Attainment>> targets = targets(statuses);
        Map<Long, List<SubmissionMatrix.Cell>> cells = new HashMap<>();
        for (ReportingPeriod period : counted) {
            matrix.of(actor, planId, period.id())
                    .cells()
                    .values()
                    .forEach(c -> cells.computeIfAbsent(c.unitId(), u -> new ArrayList<>())
                            .add(c));
        }
        Map<Long, Set<Long>> approvedTasks = approvedTasks(planId, on);
        List<UnitScore> scores = new ArrayList<>();
        for (UnitTaskCount unit : catalog.units(planId)) {
            scores.add(ScoreCalculator.score(
                    applied,
                    unit.unitId(),
                    unit.name(),
                    statuses.ofUnit(unit.unitId()),
                    targets,
                    cells.getOrDefault(unit.unitId(), List.of()),
                    approvedTasks.getOrDefault(unit.unitId(), Set.of())));
        }
        scores.sort(Comparator.comparing(UnitScore::computed).reversed().thenComparing(UnitScore::unitName));
        return new ScoreSheet(
                planId,
                plan.title(),
                on,
                counted.stream().map(ReportingPeriod::label).toList(),
                applied,
                scores);
    }

    /** @return the plan's periods a score may be taken up to (open or closed), in order */
    public List<ReportingPeriod> periodsOf(long planId) {
        return periods.ofPlan(planId).stream()
                .filter(p -> p.state() != org.greenplan.periods.PeriodState.PLANNED)
                .toList();
    }

    private LocalDate scoringDate(PlanSummary plan, Long upToPeriod) {
        if (upToPeriod != null) {
            return supervision.asOf(periods.find(upToPeriod)
                    .filter(p -> p.planId() == plan.id())
                    .orElseThrow(() -> new NotFoundException("error.notFound.period")));
        }
        return supervision.asOf(plan.id());
    }

    private List<ReportingPeriod> periodsCounted(long planId, LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        return periodsOf(planId).stream()
                .filter(p -> !p.endsOn().isAfter(on))
                .filter(p -> p.closed() || p.graceUntil().isBefore(today))
                .toList();
    }

    /** task id → its targets' attainment, as the statuses were computed from (tasks with targets only) */
    private static Map<Long, List<Attainment>> targets(PlanSupervision statuses) {
        Map<Long, List<Attainment>> targets = new HashMap<>();
        statuses.tasks().stream()
                .filter(t -> !t.targets().isEmpty())
                .forEach(t -> targets.put(
                        t.taskId(),
                        t.targets().stream()
                                .map(target -> target.evaluation().attainment())
                                .toList()));
        return targets;
    }

    /** unit id → tasks with an approved report of that unit for a period ending by {@code on} */
    private Map<Long, Set<Long>> approvedTasks(long planId, LocalDate on) {
        Map<Long, Set<Long>> byUnit = new HashMap<>();
        approved.ofPlan(planId, on)
                .values()
                .forEach(reports -> reports.approved()
                        .forEach(a -> byUnit.computeIfAbsent(a.unitId(), u -> new HashSet<>())
                                .add(a.taskId())));
        return byUnit;
    }
}

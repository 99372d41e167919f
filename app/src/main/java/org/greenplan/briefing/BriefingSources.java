package org.greenplan.briefing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.accounts.Actor;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.Supervision;
import org.greenplan.targets.TrackedTarget;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what a briefing prints, in one read-only transaction: statuses from {@link Supervision} on the
 * period's last day (with the targets as evaluated for those statuses), the period's {@link
 * SubmissionMatrix} and approved progress.
 */
@Component
class BriefingSources {
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final Supervision supervision;
    private final SubmissionMatrix submissions;
    private final ApprovedProgress approved;

    BriefingSources(
            PlanCatalog catalog,
            ReportingPeriods periods,
            Supervision supervision,
            SubmissionMatrix submissions,
            ApprovedProgress approved) {
        this.catalog = catalog;
        this.periods = periods;
        this.supervision = supervision;
        this.submissions = submissions;
        this.approved = approved;
    }

    /**
     * @throws NotFoundException when the plan or the period (of that plan) does not exist
     * @throws org.springframework.security.access.AccessDeniedException unless the actor is the office or a leader
     */
    @Transactional(readOnly = true)
    BriefingComposer.Sources read(Actor actor, long planId, long periodId) {
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        ReportingPeriod period = period(planId, periodId);
        PlanSupervision statuses = supervision.ofPlan(planId, supervision.asOf(period));
        List<TaskView> tasks = catalog.tasks(planId, null);
        Map<Long, List<TrackedTarget>> targets = new HashMap<>();
        statuses.tasks().stream()
                .filter(t -> !t.targets().isEmpty())
                .forEach(t -> targets.put(t.taskId(), t.targets()));
        return new BriefingComposer.Sources(
                plan,
                period,
                tasks,
                catalog.units(planId),
                statuses,
                submissions.of(actor, planId, periodId),
                approved.ofPlan(planId, period.endsOn()),
                targets);
    }

    /** @throws NotFoundException unless the period belongs to the plan */
    ReportingPeriod period(long planId, long periodId) {
        return periods.find(periodId)
                .filter(p -> p.planId() == planId)
                .orElseThrow(() -> new NotFoundException("error.notFound.period"));
    }
}

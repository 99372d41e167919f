package org.greenplan.progress;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TaskView;
import org.springframework.stereotype.Service;

/**
 * The office's review queue (待审核): reports awaiting its decision across open periods, and the bulk
 * decisions on them. Each decision goes through {@link ProgressReports} with the version the office saw,
 * in its own transaction, so one report changed meanwhile (a conflict), locked or refused is reported
 * back by name and the others still go through.
 */
@Service
public class ReviewQueue {
    private final ReportOverview overview;
    private final ProgressReports reports;
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;

    ReviewQueue(ReportOverview overview, ProgressReports reports, PlanCatalog catalog, ReportingPeriods periods) {
        this.overview = overview;
        this.reports = reports;
        this.catalog = catalog;
        this.periods = periods;
    }

    /**
     * @param planId   only this plan, or null
     * @param periodId only this period, or null
     * @param unitId   only this unit, or null
     * @return the reports awaiting the office, oldest submission first, with task, unit and period
     * @throws org.springframework.security.access.AccessDeniedException unless the office
     */
    public List<Entry> entries(Actor actor, Long planId, Long periodId, Long unitId) {
        return overview.awaitingDecision(actor, planId, periodId, unitId).stream()
                .map(status -> {
                    TaskView task =
                            catalog.task(status.planId(), status.taskId()).orElseThrow();
                    String unit = task.units().stream()
                            .filter(u -> u.unitId() == status.unitId())
                            .map(AssignedUnit::name)
                            .findFirst()
                            .orElse("");
                    ReportingPeriod period = periods.find(status.periodId()).orElseThrow();
                    return new Entry(status, task, unit, period);
                })
                .toList();
    }

    /**
     * Approves each report (审核通过) at the version given.
     *
     * @param versions pairs of report id and the {@code rowVersion} the office saw
     * @return per report: done, or the refusal (conflict, lock, state) to show
     */
    public List<Result> approve(Actor actor, List<Version> versions) {
        return decide(versions, v -> reports.approve(actor, v.reportId(), v.rowVersion()));
    }

    /**
     * Returns each report for revision with the same reason.
     *
     * @throws ReportRefusedException when the reason is blank (nothing is returned)
     */
    public List<Result> returnForRevision(Actor actor, List<Version> versions, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportRefusedException("progress.refused.reasonRequired");
        }
        return decide(versions, v -> reports.returnForRevision(actor, v.reportId(), v.rowVersion(), reason));
    }

    private static List<Result> decide(List<Version> versions, java.util.function.Consumer<Version> action) {
        List<Result> results = new ArrayList<>();
        for (Version v : versions) {
            try {
                action.accept(v);
                results.add(new Result(v.reportId(), null, null));
            } catch (ReportProblem e) {
                results.add(new Result(v.reportId(), e, null));
            } catch (PeriodLockedException e) {
                results.add(new Result(v.reportId(), null, e));
            }
        }
        return results;
    }

    /** A report in the queue with what the office needs to recognise it. */
    public record Entry(ReportStatus status, TaskView task, String unitName, ReportingPeriod period) {}

    /** A report id with the version the office saw. */
    public record Version(long reportId, int rowVersion) {}

    /**
     * The outcome of one decision.
     *
     * @param reportId the report
     * @param problem  why it was refused, or null
     * @param locked   the period lock that refused it, or null
     */
    public record Result(long reportId, ReportProblem problem, PeriodLockedException locked) {
        /** @return whether the decision was stored */
        public boolean done() {
            return problem == null && locked == null;
        }
    }
}

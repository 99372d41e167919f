package org.greenplan.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ExplanationPolicy;
import org.springframework.stereotype.Component;

/**
 * A red task (红) asks its responsible units for an explanation (存在问题) and a corrective step (下一步计划)
 * in their next report, when the plan's {@link SupervisionSettings#redNeedsExplanation} is on.
 *
 * <p>"Next report": the status is read on the day before the report's period starts (or today, when
 * that is earlier), with the data as it is now — so a task that was red when the period began, including
 * by values approved since, asks for an explanation in this period's report. A unit is asked for the
 * task-wide red reasons (deadline passed, a target lagging) and for its own missing report, not for
 * another unit's missing report.
 */
@Component
class RedTaskExplanations implements ExplanationPolicy {
    private final Supervision supervision;
    private final SupervisionSettingsStore settings;
    private final ReportingPeriods periods;

    RedTaskExplanations(Supervision supervision, SupervisionSettingsStore settings, ReportingPeriods periods) {
        this.supervision = supervision;
        this.settings = settings;
        this.periods = periods;
    }

    @Override
    public List<ExplanationReason> explanationAsked(long planId, long taskId, long unitId, long periodId) {
        ReportingPeriod period = periods.find(periodId).orElse(null);
        if (period == null || !settings.of(planId).redNeedsExplanation()) {
            return List.of();
        }
        return reasons(supervision.ofTask(planId, taskId, on(period)), unitId, period);
    }

    /** The same answer for the task and period the report form already read: neither is read again. */
    @Override
    public List<ExplanationReason> explanationAsked(TaskView task, ReportingPeriod period, long unitId) {
        if (!settings.of(period.planId()).redNeedsExplanation()) {
            return List.of();
        }
        return reasons(supervision.ofTask(period.planId(), task, on(period)), unitId, period);
    }

    /** @return the day before the period starts, or today when that is earlier */
    private LocalDate on(ReportingPeriod period) {
        LocalDate today = supervision.today();
        LocalDate before = period.startsOn().minusDays(1);
        return today.isBefore(before) ? today : before;
    }

    private static List<ExplanationReason> reasons(
            Optional<SupervisedTask> supervised, long unitId, ReportingPeriod period) {
        return supervised
                .filter(t -> t.status() == TaskStatus.RED)
                .map(t -> t.reasons().stream()
                        .filter(r -> org.greenplan.supervision.internal.StatusRules.statusOf(r) == TaskStatus.RED)
                        .filter(r -> asks(r, unitId, period))
                        .map(r -> new ExplanationReason(r.messageKey(), r.args()))
                        .toList())
                .orElse(List.of());
    }

    private static boolean asks(StatusReason reason, long unitId, ReportingPeriod period) {
        if (reason.unitId() == null) {
            return true;
        }
        return reason.unitId() == unitId && !period.label().equals(reason.args().get(1));
    }
}

package org.greenplan.progress;

import java.util.List;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.plan.view.TaskView;

/**
 * Whether a unit's report must explain why its task is behind (说明原因) and name a corrective step
 * (整改措施), and why: implemented by the supervision module (a task that is 红 asks its responsible units
 * for an explanation in their next report). Without any bean nothing is asked.
 *
 * <p>When the answer is not empty, the report form shows the reasons and {@link ProgressReports#submit}
 * refuses a submission whose 存在问题 ({@code problems}) or 下一步计划 ({@code nextSteps}) is blank with a
 * {@link ReportInvalidException} naming the field (the API answers 400 problem+json with the field); a
 * draft may still be saved.
 */
public interface ExplanationPolicy {

    /**
     * @param planId   the plan
     * @param taskId   the task
     * @param unitId   the reporting unit
     * @param periodId the report's period
     * @return the reasons, worst first, as message keys with their arguments; empty when none is asked
     */
    List<ExplanationReason> explanationAsked(long planId, long taskId, long unitId, long periodId);

    /**
     * The same answer as {@link #explanationAsked(long, long, long, long)} for a task and period the caller has
     * already read (the report form and its submission hold both), so an implementation need not read them
     * again.
     *
     * @param task   the task, as {@code plan::PlanCatalog#task} gives it for the period's plan
     * @param period the report's period
     * @param unitId the reporting unit
     */
    default List<ExplanationReason> explanationAsked(TaskView task, ReportingPeriod period, long unitId) {
        return explanationAsked(period.planId(), task.id(), unitId, period.id());
    }

    /**
     * One reason a report must explain itself.
     *
     * @param messageKey a key of the bundles, e.g. {@code supervision.reason.TARGET_RED}
     * @param args       its arguments, already formatted as text
     */
    record ExplanationReason(String messageKey, List<String> args) {
        public ExplanationReason {
            args = List.copyOf(args);
        }
    }
}

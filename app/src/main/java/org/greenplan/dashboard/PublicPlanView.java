package org.greenplan.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.greenplan.plan.PlanSummary;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.MonthPoint;
import org.greenplan.targets.TrackedTarget;

/**
 * What the public page of a plan shows, and nothing more: the plan's title, year and issuer, the tasks
 * by top-level section with their units, deadline and status, and each target's latest approved value.
 *
 * @param plan     the plan (the page shows title, year, issuer, document number)
 * @param on       the date the statuses hold on
 * @param counts   tasks per status
 * @param sections the top-level sections in printed order (a last one without heading for loose tasks)
 */
public record PublicPlanView(PlanSummary plan, LocalDate on, Map<TaskStatus, Integer> counts, List<Section> sections) {

    /**
     * @param heading the heading as printed, or null for tasks under none
     * @param tasks   its tasks in printed order
     */
    public record Section(String heading, List<Task> tasks) {}

    /**
     * @param number   printed number
     * @param text     task text
     * @param units    responsible units' names in printed order
     * @param deadline the deadline as printed, or empty
     * @param status   the task's status on the page's date
     * @param values   its targets with their latest approved values
     */
    public record Task(
            String number, String text, List<String> units, String deadline, TaskStatus status, List<Value> values) {}

    /**
     * @param goal   the target as read in the page's language ({@code 秸秆综合利用率 ≥ 92%})
     * @param actual the approved value aggregated over the plan year, or null when none is approved
     * @param month  the latest month with an approved value, or null
     * @param unit   the unit of {@code actual}, or null
     */
    public record Value(String goal, BigDecimal actual, YearMonth month, String unit) {

        static Value of(TrackedTarget t, String goal) {
            YearMonth latest = t.evaluation().months().stream()
                    .filter(m -> m.reported() != null)
                    .map(MonthPoint::month)
                    .reduce((a, b) -> b)
                    .orElse(null);
            BigDecimal actual = t.evaluation().actual();
            return new Value(
                    goal,
                    actual == null ? null : actual.stripTrailingZeros(),
                    latest,
                    t.terms().levelUnit());
        }

        /** @return the value with its unit, e.g. {@code 84%} or {@code 12 万千瓦}; empty when none */
        public String shown() {
            if (actual == null) {
                return "";
            }
            String v = actual.scale() < 0 ? actual.setScale(0).toPlainString() : actual.toPlainString();
            return unit == null ? v : "%".equals(unit) ? v + "%" : v + " " + unit;
        }
    }
}

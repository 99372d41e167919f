package org.greenplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenplan.organisation.RegionNode;
import org.greenplan.plan.PlanSummary;
import org.greenplan.supervision.TaskStatus;

/**
 * A city plan rolled up over its counties' and districts' plans of the same year, on a date.
 *
 * @param plan       the city plan
 * @param region     its region
 * @param on         the date values and statuses hold on
 * @param regions    every region directly below, in tree order, with its plan or none
 * @param indicators one line per target of the city plan (reference targets left out), in printed order
 * @param totals     the tasks of all the regions' plans per status (every status present)
 */
public record Rollup(
        PlanSummary plan,
        RegionNode region,
        LocalDate on,
        List<RegionPlan> regions,
        List<IndicatorRollup> indicators,
        Map<TaskStatus, Integer> totals) {

    /** @return the number of tasks of all the regions' plans (the 合计 row's 任务数): the sum of {@link #totals()} */
    public int totalTasks() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A county's or district's plan for the year.
     *
     * @param region the region
     * @param planId its published plan of the city plan's year, or null when it has none
     * @param title  that plan's title, or null
     * @param counts its tasks per supervision status (every status present); empty without a plan
     */
    public record RegionPlan(RegionNode region, Long planId, String title, Map<TaskStatus, Integer> counts) {
        /** @return the number of tasks of the plan */
        public int tasks() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * One city target against the regions' values of the same indicator.
     *
     * @param taskId     the city task
     * @param number     its printed number
     * @param indicator  the indicator, e.g. 秸秆综合利用率
     * @param target     the city target as printed, e.g. 秸秆综合利用率 ≥ 92%
     * @param unit       the unit values are in ({@code %}, {@code 万千瓦} …), or null
     * @param rule       how the regions' values combine
     * @param cityValue  the city plan's own current value (approved), or null
     * @param values     one per region, in the order of {@link Rollup#regions()}
     * @param aggregate  the regions' combined value, or null when none reported
     * @param met        whether the aggregate meets the city target; null when it cannot be said (no value,
     *                   or a target that needs a baseline or a direction)
     */
    public record IndicatorRollup(
            long taskId,
            String number,
            String indicator,
            String target,
            String unit,
            RollupRule rule,
            BigDecimal cityValue,
            List<RegionValue> values,
            BigDecimal aggregate,
            Boolean met) {

        /** @return how many regions' values the aggregate combines */
        public long reporting() {
            return values.stream().filter(v -> v.state() == ValueState.REPORTED).count();
        }
    }

    /**
     * A region's value of an indicator.
     *
     * @param region the region
     * @param taskId the region plan's task holding the indicator, or null
     * @param target that task's target as printed, or null
     * @param value  its current approved value, or null
     * @param state  why there is or is not a value
     */
    public record RegionValue(RegionNode region, Long taskId, String target, BigDecimal value, ValueState state) {}

    /** Whether a region's value counts in the aggregate. */
    public enum ValueState {
        /** An approved value: combined. */
        REPORTED,
        /** The region's plan has the indicator, but no approved value yet. */
        NO_VALUE,
        /** The region's plan has the indicator in another unit: shown, not combined. */
        OTHER_UNIT,
        /** The region's plan does not have the indicator. */
        NO_TARGET,
        /** The region has no published plan of the year. */
        NO_PLAN;

        /** @return {@code rollup.state.REPORTED} … */
        public String messageKey() {
            return "rollup.state." + name();
        }
    }
}

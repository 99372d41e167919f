package org.greenplan.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A target evaluated on a date. All values are in the target's level unit ({@link TargetTerms#levelUnit()}).
 *
 * @param on          the evaluation date; only values for periods on or before it count
 * @param aggregation the aggregation used
 * @param actual      the current value (reported values of the plan year aggregated), or null when none
 * @param goal        the level the target aims at (92 for ≥ 92 %; baseline + 1 for +1 pp), or null for
 *                    direction and reference targets and for change targets without a baseline
 * @param progress    share of the way from the start to the goal (0 at the start, 1 at the goal, above 1
 *                    beyond it, never below 0; 4 decimals), or null when not computable
 * @param expected    the expected value on {@code on} under the pacing, or null when not computable
 * @param attainment  whether the goal is met
 * @param status      the traffic light
 * @param months      the twelve months of the plan year, for the chart
 * @param paceBasis   where {@code expected} starts from, or why it is null
 * @param paceFrom    the day the pace starts: 1 January, or for {@link PaceBasis#FIRST_VALUE} the end of
 *                    the first reported month (the day measured for a value of a day)
 * @param paceStart   the value the pace starts from (baseline, 0, or the first reported value), or null
 * @param paceTo      the day the pace reaches the goal: 31 December, or for {@link PaceBasis#FIRST_VALUE} the
 *                    task's deadline when it has one
 */
public record EvaluationOutcome(
        LocalDate on,
        Aggregation aggregation,
        BigDecimal actual,
        BigDecimal goal,
        BigDecimal progress,
        BigDecimal expected,
        Attainment attainment,
        TargetStatus status,
        List<MonthPoint> months,
        PaceBasis paceBasis,
        LocalDate paceFrom,
        BigDecimal paceStart,
        LocalDate paceTo) {

    public EvaluationOutcome {
        months = List.copyOf(months);
    }

    /**
     * An outcome whose pace line is not known beyond its start day: it ends on 31 December of that day's year
     * (null without a start day), its start value unknown.
     */
    public EvaluationOutcome(
            LocalDate on,
            Aggregation aggregation,
            BigDecimal actual,
            BigDecimal goal,
            BigDecimal progress,
            BigDecimal expected,
            Attainment attainment,
            TargetStatus status,
            List<MonthPoint> months,
            PaceBasis paceBasis,
            LocalDate paceFrom) {
        this(
                on,
                aggregation,
                actual,
                goal,
                progress,
                expected,
                attainment,
                status,
                months,
                paceBasis,
                paceFrom,
                null,
                paceFrom == null ? null : LocalDate.of(paceFrom.getYear(), 12, 31));
    }

    /** @return true when the light says "on pace" while the goal itself is not met yet (mid-year GREEN) */
    public boolean onPaceButNotMet() {
        return status == TargetStatus.GREEN && attainment == Attainment.NOT_MET;
    }

    /** @return progress as a percentage with one decimal (0.5 → 50.0), or null */
    public BigDecimal progressPercent() {
        return progress == null ? null : progress.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
}

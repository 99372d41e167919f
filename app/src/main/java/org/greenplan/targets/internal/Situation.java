package org.greenplan.targets.internal;

import java.math.BigDecimal;
import org.greenplan.targets.Attainment;

/**
 * Where a target stands on the evaluation date; the input of {@link StatusRule} and of progress.
 *
 * @param goal       the goal, or null (direction and reference targets, change targets without baseline)
 * @param baseline   the baseline, or null
 * @param start      where the year starts (0 for SUM, else the baseline), or null: progress counts from it
 * @param paceStart  where the pace starts: {@code start}, or the first reported value where the pace runs
 *                   from it ({@link PaceLine}); the light's tolerance is a share of the change from it
 * @param actual     the current value, or null
 * @param expected   the expected value on the date, or null
 * @param attainment whether the goal is met
 */
record Situation(
        Goal goal,
        BigDecimal baseline,
        BigDecimal start,
        BigDecimal paceStart,
        BigDecimal actual,
        BigDecimal expected,
        Attainment attainment) {

    /**
     * Progress: (current − from) / (goal − from), from = the start, or 0 for a higher-is-better target
     * without one (≥ 92 % without baseline: 88 → 88/92). Works both ways: 45 → 35 with 40 is 0.5.
     * Never below 0; above 1 beyond the goal; 4 decimals.
     *
     * @return the progress, or null without a goal, a current value, or (lower-is-better) a start;
     *         when the goal equals the start, or the start already lies beyond it (a baseline of 95
     *         against ≥ 92 %; no way to go): 1 if met, else 0
     */
    BigDecimal progress() {
        if (goal == null || actual == null) {
            return null;
        }
        BigDecimal from = start != null ? start : goal.lowerIsBetter() ? null : BigDecimal.ZERO;
        if (from == null) {
            return null;
        }
        BigDecimal span = goal.level().subtract(from);
        boolean startBeyondGoal = goal.lowerIsBetter() ? span.signum() > 0 : span.signum() < 0;
        if (span.signum() == 0 || startBeyondGoal) {
            return attainment == Attainment.MET ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return Decimals.ratio(actual.subtract(from), span).max(BigDecimal.ZERO);
    }
}

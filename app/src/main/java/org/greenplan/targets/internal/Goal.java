package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.greenplan.parser.targets.TargetUnits;
import org.greenplan.targets.TargetTerms;

/**
 * The level a target aims at, in the unit values are reported in, and which way is better.
 *
 * @param level         the goal level: 92 for ≥ 92 %, 61 for baseline 60 + 1 pp
 * @param lowerIsBetter true for targets that go down (≤, &lt;, DECREASE_BY; EQUAL, APPROX and BETWEEN
 *                      when the baseline lies above them)
 */
record Goal(BigDecimal level, boolean lowerIsBetter) {

    /**
     * Resolves a target's goal:
     * <ul>
     *   <li>≥, &gt; → value, higher is better; ≤, &lt; → value, lower is better;</li>
     *   <li>=, ≈ → value, lower is better when the baseline is above it;</li>
     *   <li>BETWEEN → the lower bound going up, or the upper bound when the baseline is above it;</li>
     *   <li>INCREASE_BY / DECREASE_BY → the baseline moved by the value: in {@code pp} (个百分点) and in
     *       counted or measured units absolutely (60 + 1 pp = 61), in {@code %} relative to the
     *       baseline (下降13.5% of 0.6 → 0.519);</li>
     *   <li>direction (持续提高), reference targets and change targets without a baseline → none.</li>
     * </ul>
     *
     * @param terms    the target
     * @param baseline the level at the start of the year, or null
     * @return the goal, or empty when the target has none
     */
    static Optional<Goal> of(TargetTerms terms, BigDecimal baseline) {
        BigDecimal value = terms.value();
        if (value == null) {
            return Optional.empty();
        }
        return switch (terms.comparator()) {
            case AT_LEAST, MORE_THAN -> Optional.of(new Goal(value, false));
            case AT_MOST, LESS_THAN -> Optional.of(new Goal(value, true));
            case EQUAL, APPROX -> Optional.of(new Goal(value, above(baseline, value)));
            case BETWEEN -> Optional.of(between(value, terms.upperValue(), baseline));
            case INCREASE_BY -> Optional.ofNullable(baseline).map(b -> new Goal(moved(b, value, terms, 1), false));
            case DECREASE_BY -> Optional.ofNullable(baseline).map(b -> new Goal(moved(b, value, terms, -1), true));
            case INCREASE, DECREASE, REFERENCE -> Optional.empty();
        };
    }

    private static Goal between(BigDecimal lower, BigDecimal upper, BigDecimal baseline) {
        if (upper != null && above(baseline, upper)) {
            return new Goal(upper, true);
        }
        return new Goal(lower, false);
    }

    private static BigDecimal moved(BigDecimal baseline, BigDecimal change, TargetTerms terms, int sign) {
        BigDecimal delta = TargetUnits.PERCENT.equals(terms.unit())
                ? baseline.multiply(change).movePointLeft(2)
                : change;
        return Decimals.plain(sign > 0 ? baseline.add(delta) : baseline.subtract(delta));
    }

    private static boolean above(BigDecimal baseline, BigDecimal value) {
        return baseline != null && baseline.compareTo(value) > 0;
    }
}

package org.greenplan.targets.internal;

import java.math.BigDecimal;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.TargetTerms;

/**
 * Whether the current value meets a target. Inclusive and exclusive comparators follow PRC Civil Code
 * art. 1259 as the parser reads them: 82 meets ≥ 82 (以上) but not &gt; 82 (超过).
 */
final class AttainmentRule {
    /** A ≈ (左右) target is met within 5 % of its value either way. */
    static final BigDecimal APPROX_BAND = new BigDecimal("0.05");

    private AttainmentRule() {}

    /**
     * <ul>
     *   <li>no current value, a reference target, or a change or direction target without a baseline →
     *       NOT_YET_EVALUABLE;</li>
     *   <li>≥ &gt; ≤ &lt; = against the value; ≈ within {@link #APPROX_BAND}; BETWEEN both bounds included;</li>
     *   <li>INCREASE_BY: current ≥ goal; DECREASE_BY: current ≤ goal (see {@link Goal});</li>
     *   <li>INCREASE: current &gt; baseline; DECREASE: current &lt; baseline, or ≤ for 零增长.</li>
     * </ul>
     */
    static Attainment judge(TargetTerms terms, Goal goal, BigDecimal baseline, BigDecimal actual) {
        if (actual == null) {
            return Attainment.NOT_YET_EVALUABLE;
        }
        return switch (terms.comparator()) {
            case REFERENCE -> Attainment.NOT_YET_EVALUABLE;
            case INCREASE -> baseline == null ? Attainment.NOT_YET_EVALUABLE : of(actual.compareTo(baseline) > 0);
            case DECREASE ->
                baseline == null
                        ? Attainment.NOT_YET_EVALUABLE
                        : of(actual.compareTo(baseline) < 0 || terms.isZeroGrowth() && actual.compareTo(baseline) == 0);
            case INCREASE_BY -> goal == null ? Attainment.NOT_YET_EVALUABLE : of(actual.compareTo(goal.level()) >= 0);
            case DECREASE_BY -> goal == null ? Attainment.NOT_YET_EVALUABLE : of(actual.compareTo(goal.level()) <= 0);
            default -> terms.value() == null ? Attainment.NOT_YET_EVALUABLE : of(compare(terms, actual));
        };
    }

    private static boolean compare(TargetTerms terms, BigDecimal actual) {
        BigDecimal value = terms.value();
        int c = actual.compareTo(value);
        return switch (terms.comparator()) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
            case EQUAL -> c == 0;
            case APPROX -> actual.subtract(value).abs().compareTo(value.abs().multiply(APPROX_BAND)) <= 0;
            case BETWEEN -> c >= 0 && (terms.upperValue() == null || actual.compareTo(terms.upperValue()) <= 0);
            default -> false;
        };
    }

    private static Attainment of(boolean met) {
        return met ? Attainment.MET : Attainment.NOT_MET;
    }
}

package org.greenplan.assessment;

import java.math.BigDecimal;

/**
 * A plan's scoring rules (考核评分规则). A unit's score is, in points out of 100,
 * {@code weightAttainment × attainment% + weightTimeliness × timeliness% + weightCompleteness × completeness%
 * − lateDeduction × late reports − missingDeduction × missing reports + bonus}, never below 0; the bonus is
 * entered by the office with a reason and is at most {@code bonusCap}.
 *
 * @param planId             the plan
 * @param weightAttainment   points for target attainment (目标完成), 0–100
 * @param weightTimeliness   points for timely reporting (报送及时), 0–100
 * @param weightCompleteness points for complete reporting (报送完整), 0–100; the three weights sum to 100
 * @param lateDeduction      points deducted per late report, 0–100
 * @param missingDeduction   points deducted per missing report, 0–100
 * @param bonusCap           the most bonus points one unit can get, 0–100
 * @param version            the stored version the rules were read at; -1 when none is stored
 */
public record ScoringRules(
        long planId,
        int weightAttainment,
        int weightTimeliness,
        int weightCompleteness,
        BigDecimal lateDeduction,
        BigDecimal missingDeduction,
        BigDecimal bonusCap,
        int version) {

    /** The largest deduction or bonus cap, in points. */
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Defaults for a plan without stored rules: 50 / 30 / 20 points, 0.5 per late and 1 per missing report,
     * bonuses up to 5 points.
     */
    public static ScoringRules defaults(long planId) {
        return new ScoringRules(
                planId, 50, 30, 20, new BigDecimal("0.50"), new BigDecimal("1.00"), new BigDecimal("5.00"), -1);
    }

    /** @return whether these rules are stored (not the defaults) */
    public boolean stored() {
        return version >= 0;
    }

    /**
     * @throws AssessmentRefusal when a weight or amount is out of range or the weights do not sum to 100
     */
    public void check() {
        for (int weight : new int[] {weightAttainment, weightTimeliness, weightCompleteness}) {
            if (weight < 0 || weight > 100) {
                throw new AssessmentRefusal("assessment.rules.weightRange");
            }
        }
        if (weightAttainment + weightTimeliness + weightCompleteness != 100) {
            throw new AssessmentRefusal(
                    "assessment.rules.weightSum", weightAttainment + weightTimeliness + weightCompleteness);
        }
        for (BigDecimal amount : new BigDecimal[] {lateDeduction, missingDeduction, bonusCap}) {
            if (amount == null || amount.signum() < 0 || amount.compareTo(HUNDRED) > 0 || amount.scale() > 2) {
                throw new AssessmentRefusal("assessment.rules.amountRange");
            }
        }
    }
}

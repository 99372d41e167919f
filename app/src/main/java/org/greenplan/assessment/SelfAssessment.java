package org.greenplan.assessment;

import java.math.BigDecimal;

/**
 * A unit's self-assessment (自评): its own percentage per item and its explanation.
 *
 * @param attainment   target attainment in percent, 0–100, at most two decimals
 * @param timeliness   timeliness in percent, 0–100
 * @param completeness completeness in percent, 0–100
 * @param explanation  why (自评说明), 1–2000 characters
 */
public record SelfAssessment(
        BigDecimal attainment, BigDecimal timeliness, BigDecimal completeness, String explanation) {

    /** The longest explanation accepted, in characters. */
    public static final int MAX_EXPLANATION = 2000;

    /** @throws AssessmentRefusal when an item is missing or out of range, or the explanation empty or too long */
    public void check() {
        for (BigDecimal item : new BigDecimal[] {attainment, timeliness, completeness}) {
            if (item == null
                    || item.signum() < 0
                    || item.compareTo(ScoringRules.HUNDRED) > 0
                    || item.stripTrailingZeros().scale() > 2) {
                throw new AssessmentRefusal("assessment.self.itemRange");
            }
        }
        if (explanation == null || explanation.isBlank() || explanation.length() > MAX_EXPLANATION) {
            throw new AssessmentRefusal("assessment.self.explanation", MAX_EXPLANATION);
        }
    }
}

package org.greenplan.assessment;

import java.math.BigDecimal;

/**
 * The computed parts of a unit's score as someone saw them at a moment (the unit when it submitted its
 * self-assessment), so that a change since can be shown item by item. Percentages 0–100, points two decimals.
 *
 * @param attainment       target attainment in percent
 * @param timeliness       timeliness in percent
 * @param completeness     completeness in percent
 * @param lateDeduction    points deducted for late reports
 * @param missingDeduction points deducted for missing reports
 * @param computed         the computed score in points, before any bonus
 */
public record ScoreBasis(
        BigDecimal attainment,
        BigDecimal timeliness,
        BigDecimal completeness,
        BigDecimal lateDeduction,
        BigDecimal missingDeduction,
        BigDecimal computed) {

    /** @return the computed parts of the score */
    public static ScoreBasis of(UnitScore score) {
        return new ScoreBasis(
                score.attainment(),
                score.timeliness(),
                score.completeness(),
                score.lateDeduction(),
                score.missingDeduction(),
                score.computed());
    }

    /** @return whether any part differs from the score's (compared by value: 90 equals 90.00) */
    public boolean differsFrom(UnitScore score) {
        ScoreBasis now = of(score);
        return attainment.compareTo(now.attainment) != 0
                || timeliness.compareTo(now.timeliness) != 0
                || completeness.compareTo(now.completeness) != 0
                || lateDeduction.compareTo(now.lateDeduction) != 0
                || missingDeduction.compareTo(now.missingDeduction) != 0
                || computed.compareTo(now.computed) != 0;
    }
}

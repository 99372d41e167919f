package org.greenplan.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.greenplan.assessment.internal.ScoreCalculator;

/**
 * One unit's assessment in a round: the score computed when the round opened, the unit's self-assessment
 * and the office's decision.
 *
 * @param id               the {@code assessment_entry} id
 * @param roundId          the round
 * @param score            the computed score with its breakdown
 * @param state            where it stands
 * @param bonus            bonus points entered by the office (0 when none), at most the round's cap
 * @param bonusReason      the office's reason for the bonus, or null
 * @param self             the unit's self-assessment, or null before the first submission
 * @param submittedAt      when it was last submitted, or null
 * @param submittedBy      who submitted it, or null
 * @param finalScore       the score the office set (ADJUSTED), or the frozen final score once published; else null
 * @param adjustmentReason why the office set it, or null
 * @param returnReason     why it was last returned, or null
 * @param reviewedAt       when the office last decided or returned it, or null
 * @param reviewedBy       who did, or null
 * @param version          the stored version, for guarded updates
 */
public record AssessmentEntry(
        long id,
        long roundId,
        UnitScore score,
        EntryState state,
        BigDecimal bonus,
        String bonusReason,
        SelfAssessment self,
        Instant submittedAt,
        String submittedBy,
        BigDecimal finalScore,
        String adjustmentReason,
        String returnReason,
        Instant reviewedAt,
        String reviewedBy,
        int version) {

    /** @return the unit */
    public long unitId() {
        return score.unitId();
    }

    /** @return the score that counts: the office's adjusted score, else the computed score plus the bonus */
    public BigDecimal total() {
        return finalScore != null ? finalScore : score.computed().add(bonus).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * @param rules the round's rules
     * @return the self-assessment's score in points: the weighted self percentages less the same deductions
     *         as the computed score, never below 0; null without a self-assessment
     */
    public BigDecimal selfTotal(ScoringRules rules) {
        if (self == null) {
            return null;
        }
        BigDecimal sum = ScoreCalculator.weightedSum(
                new int[] {rules.weightAttainment(), rules.weightTimeliness(), rules.weightCompleteness()},
                new BigDecimal[] {self.attainment(), self.timeliness(), self.completeness()});
        return sum.subtract(score.lateDeduction())
                .subtract(score.missingDeduction())
                .max(BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_UP);
    }
}

package org.greenplan.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.greenplan.assessment.internal.ScoreCalculator;

/**
 * One unit's assessment in a round: its computed score (recalculated while the round is open, see {@link
 * RoundRecalculation}), the unit's self-assessment and the office's decision.
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
 * @param submittedBasis   the computed parts when the unit last submitted its self-assessment, or null
 * @param reviewedComputed the computed score when the office last accepted or adjusted it, or null
 * @param recalculatedAt   when a recalculation last changed the computed parts, or null if none has
 * @param previousComputed the computed score before that change, or null
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
        int version,
        ScoreBasis submittedBasis,
        BigDecimal reviewedComputed,
        Instant recalculatedAt,
        BigDecimal previousComputed) {

    /** @return the unit */
    public long unitId() {
        return score.unitId();
    }

    /** @return whether the computed parts changed since the unit submitted its self-assessment */
    public boolean changedSinceSubmission() {
        return self != null && submittedBasis != null && submittedBasis.differsFrom(score);
    }

    /** @return whether the computed score changed since the office accepted or adjusted it */
    public boolean changedSinceReview() {
        return state.decided() && reviewedComputed != null && reviewedComputed.compareTo(score.computed()) != 0;
    }

    /**
     * @return whether the unit may submit its self-assessment now: before the first submission, after a return,
     *     or while it awaits the office and its computed parts changed since it was submitted (a revision)
     */
    public boolean mayRevise() {
        return state.submittable() || (state == EntryState.SUBMITTED && changedSinceSubmission());
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

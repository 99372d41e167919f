/**
 * Assessment (考核): the year-end (or up-to-a-period) score of each responsible unit of a plan, with its
 * breakdown, the unit's self-assessment and the office's review.
 *
 * <p>API: {@link org.greenplan.assessment.AssessmentRules} (the plan's {@link
 * org.greenplan.assessment.ScoringRules}: weights for target attainment, timeliness and completeness summing
 * to 100, a deduction per late and per missing report, a cap on bonuses), {@link
 * org.greenplan.assessment.Assessments} (each unit's {@link org.greenplan.assessment.UnitScore} computed now)
 * and {@link org.greenplan.assessment.AssessmentRounds} (the workflow: the office opens a round, each unit
 * submits a self-assessment, the office accepts, adjusts or returns it, then publishes the result).
 *
 * <p>While a round is open, {@link org.greenplan.assessment.RoundRecalculation} keeps its computed parts equal to
 * the data: on every report submitted, approved or returned, period opened or closed and {@code
 * shared::SupervisionInputsChanged} the plan's open round is recalculated in the same transaction (once per
 * transaction, just before it commits), keeping what people entered and showing a unit what changed since its
 * self-assessment. A published round never changes.
 *
 * <p>Every count comes from {@code supervision::Supervision} (task statuses) and {@code
 * progress::SubmissionMatrix} / {@code progress::ApprovedProgress} (reports), the sources the dashboard and
 * the briefing read, so the numbers agree everywhere. Units are ranked, never people.
 *
 * <p>Tables (only this module writes them): {@code assessment_rules}, {@code assessment_round}, {@code
 * assessment_entry}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Assessment",
        allowedDependencies = {
            "plan",
            "plan :: view",
            "supervision",
            "targets",
            "progress",
            "periods",
            "accounts",
            "audit",
            "reporting",
            "scheduling",
            "shared"
        })
package org.greenplan.assessment;

package org.greenplan.assessment;

/**
 * Where one unit's assessment stands in an open round. Transitions (each guarded by {@link
 * AssessmentRounds}): PENDING or RETURNED → SUBMITTED (the unit's self-assessment); SUBMITTED → RETURNED (the
 * office, with a reason); any state → ACCEPTED or ADJUSTED (the office decides, also without a
 * self-assessment, so a silent unit cannot hold up the round).
 */
public enum EntryState {
    /** No self-assessment yet. */
    PENDING,
    /** Self-assessment submitted, awaiting the office. */
    SUBMITTED,
    /** Returned to the unit with a reason, to be submitted again. */
    RETURNED,
    /** The office accepted the computed score (plus any bonus). */
    ACCEPTED,
    /** The office set the score itself, with a reason. */
    ADJUSTED;

    /** @return whether the unit may submit its self-assessment in this state */
    public boolean submittable() {
        return this == PENDING || this == RETURNED;
    }

    /** @return whether the office has decided the score */
    public boolean decided() {
        return this == ACCEPTED || this == ADJUSTED;
    }

    /** @return the message key of the state's name ({@code assessment.state.PENDING} …) */
    public String messageKey() {
        return "assessment.state." + name();
    }
}

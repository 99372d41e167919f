package org.greenplan.assessment;

/**
 * One unit's entry with its round.
 *
 * @param round       the round
 * @param planTitle   the plan's title
 * @param periodLabel the label of the period it scores up to, or null for the plan year
 * @param entry       the unit's entry
 */
public record EntryView(AssessmentRound round, String planTitle, String periodLabel, AssessmentEntry entry) {

    /** @return the self-assessment's score in points, or null without one */
    public java.math.BigDecimal selfTotal() {
        return entry.selfTotal(round.rules());
    }
}

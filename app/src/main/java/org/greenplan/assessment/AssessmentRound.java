package org.greenplan.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment round (考核轮次) of a plan.
 *
 * @param id          the {@code assessment_round} id
 * @param planId      the plan
 * @param label       its name, e.g. {@code 2022年度考核}
 * @param upToPeriod  the period it scores up to, or null for the plan year
 * @param scoredOn    the date the scores were taken on (see {@link ScoreSheet#on()})
 * @param rules       the plan's rules copied when the round opened (later changes of the plan's rules do not
 *                    alter it: units self-assess against the rules announced with the round)
 * @param state       OPEN or PUBLISHED
 * @param openedAt    when the office opened it
 * @param openedBy    who opened it (display name)
 * @param publishedAt when it was published, or null
 * @param publishedBy who published it, or null
 * @param version     the stored version, for guarded updates
 * @param recalculatedAt when a recalculation last changed a unit's computed score, or null if none has
 */
public record AssessmentRound(
        long id,
        long planId,
        String label,
        Long upToPeriod,
        LocalDate scoredOn,
        ScoringRules rules,
        RoundState state,
        Instant openedAt,
        String openedBy,
        Instant publishedAt,
        String publishedBy,
        int version,
        Instant recalculatedAt) {

    /** @return whether the result is published */
    public boolean published() {
        return state == RoundState.PUBLISHED;
    }
}

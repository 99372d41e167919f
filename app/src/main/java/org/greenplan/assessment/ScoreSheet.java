package org.greenplan.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every responsible unit's score of a plan on one date, ranked: highest score first, ties by name.
 *
 * @param planId    the plan
 * @param planTitle its title
 * @param on        the date statuses hold on: the chosen period's last day, else the end of the plan year
 *                  (today when that is later than today)
 * @param periods   labels of the periods whose reports were counted, in order
 * @param rules     the rules applied
 * @param scores    one per unit named by the plan, ranked
 */
public record ScoreSheet(
        long planId, String planTitle, LocalDate on, List<String> periods, ScoringRules rules, List<UnitScore> scores) {

    public ScoreSheet {
        periods = List.copyOf(periods);
        scores = List.copyOf(scores);
    }

    /** @return the unit's score, or empty when the plan does not name it */
    public Optional<UnitScore> of(long unitId) {
        return scores.stream().filter(s -> s.unitId() == unitId).findFirst();
    }
}

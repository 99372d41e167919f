package org.greenplan.assessment;

import java.util.List;

/**
 * A round with its entries, ranked (highest total first, ties by unit name).
 *
 * @param round     the round
 * @param planTitle the plan's title
 * @param periodLabel the label of the period it scores up to, or null for the plan year
 * @param entries   one per unit
 */
public record RoundView(AssessmentRound round, String planTitle, String periodLabel, List<AssessmentEntry> entries) {

    public RoundView {
        entries = List.copyOf(entries);
    }

    /** @return how many entries the office has not decided yet */
    public long undecided() {
        return entries.stream().filter(e -> !e.state().decided()).count();
    }

    /** @return the entry's rank (1 = highest total; equal totals share a rank) */
    public int rankOf(AssessmentEntry entry) {
        return 1
                + (int) entries.stream()
                        .filter(e -> e.total().compareTo(entry.total()) > 0)
                        .count();
    }
}

package org.greenplan.plan.view;

import java.util.List;

/**
 * One unit clause of a task and the sentences it covers (责任分工), as printed.
 *
 * @param text  the covered sentences
 * @param units the clause's units in printed order
 */
public record ClauseView(String text, List<ClauseUnit> units) {
    public ClauseView {
        units = List.copyOf(units);
    }

    /**
     * A unit as a clause names it.
     *
     * @param role        LEAD, CO or RESPONSIBLE
     * @param printedName the name as printed
     */
    public record ClauseUnit(String role, String printedName) {}
}

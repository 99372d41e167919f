package org.greenplan.plan.internal;

import org.greenplan.plan.view.ClauseView.ClauseUnit;

/** How a clause's unit is stored in {@code task_clause.units}: {@code ROLE:printed name}. */
final class ClauseUnits {
    private ClauseUnits() {}

    static ClauseUnit parse(String stored) {
        int colon = stored.indexOf(':');
        return new ClauseUnit(stored.substring(0, colon), stored.substring(colon + 1));
    }

    static String stored(ClauseUnit unit) {
        return unit.role() + ":" + unit.printedName();
    }
}

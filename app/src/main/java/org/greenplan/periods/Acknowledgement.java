package org.greenplan.periods;

import java.time.Instant;

/**
 * Whether a unit has acknowledged (签收) the tasks a published plan gives it.
 *
 * @param planId         the plan
 * @param unitId         the unit
 * @param unitName       its name
 * @param tasks          how many of the plan's tasks name the unit
 * @param acknowledgedAt when it acknowledged, or null when it has not
 * @param acknowledgedBy who acknowledged (display name), or null
 */
public record Acknowledgement(
        long planId, long unitId, String unitName, int tasks, Instant acknowledgedAt, String acknowledgedBy) {

    /** @return whether the unit has acknowledged */
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}

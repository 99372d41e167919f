package org.greenplan.shared;

/**
 * Published in the writing transaction when something other than a progress report or a period's state
 * changes what Supervision computes for days already past: a task closed out, cancelled or adjusted, a plan's
 * supervision settings, a granted extension, a target's settings or office-entered values, the working-day
 * calendar, the plan published, withdrawn or amended, its periods generated or added, a unit merged into
 * another. Readers that keep computed results (the dashboard's trend and its current results) listen and drop
 * them.
 *
 * @param planId the plan whose past statuses may change, or {@code null} for every plan (a calendar import,
 *               the global settings)
 */
public record SupervisionInputsChanged(Long planId) {
    /** @return the event for one plan */
    public static SupervisionInputsChanged ofPlan(long planId) {
        return new SupervisionInputsChanged(planId);
    }

    /** @return the event for every plan */
    public static SupervisionInputsChanged ofEveryPlan() {
        return new SupervisionInputsChanged(null);
    }
}

package org.greenplan.briefing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The office's order to generate a period's briefing by itself on a date (at most one per period).
 *
 * @param id          the schedule
 * @param planId      the plan
 * @param periodId    the period
 * @param periodLabel the period's label
 * @param generateOn  the day on which it is generated (office time zone), at the daily tick
 * @param nextSteps   下一步工作 to print
 * @param scheduledBy who set it
 * @param briefingId  the briefing it produced, or null while pending
 * @param doneAt      when it ran, or null
 * @param failure     why it could not be generated (a message key), or null
 */
public record BriefingSchedule(
        long id,
        long planId,
        long periodId,
        String periodLabel,
        LocalDate generateOn,
        String nextSteps,
        String scheduledBy,
        Long briefingId,
        Instant doneAt,
        String failure) {

    /** @return whether it still waits for its day */
    public boolean pending() {
        return doneAt == null;
    }
}

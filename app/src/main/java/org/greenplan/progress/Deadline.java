package org.greenplan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a unit's report on a task is due in a period, counted on the working-day calendar.
 *
 * @param dueOn           the effective due date: the lead or co-units' date, or the granted extension (延期)
 * @param extended        whether an extension moved it
 * @param onTimeUntil     the last day a submission counts as on time: {@code dueOn} plus the plan's grace
 *                        window in working days
 * @param workingDaysLeft working days from today until {@code dueOn} (today counted, the due day not); negative
 *                        when overdue: minus the working days from {@code dueOn} until today
 * @param zone            the office's time zone, in which a submission's day is taken
 */
public record Deadline(LocalDate dueOn, boolean extended, LocalDate onTimeUntil, int workingDaysLeft, ZoneId zone) {

    /** @return whether a submission at {@code at} came after the last on-time day */
    public boolean lateOn(Instant at) {
        return LocalDate.ofInstant(at, zone).isAfter(onTimeUntil);
    }

    /** @return whether the due date has passed */
    public boolean overdue() {
        return workingDaysLeft < 0;
    }
}

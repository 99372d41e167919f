package org.greenplan.scheduling;

import java.time.LocalDate;

/**
 * A new day began in the office's time zone: statuses that depend on today change, reminders fall due.
 * Published once per day across all nodes by {@link DailyTick}.
 *
 * @param today the new day (office time zone)
 */
public record DayPassed(LocalDate today) {}

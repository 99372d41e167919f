package org.greenplan.reminders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored reminder, for the log at {@code /office/reminders}.
 *
 * @param id          the row
 * @param planId      the plan
 * @param periodLabel the period, e.g. 2022-06
 * @param unitName    the unit reminded
 * @param kind        why
 * @param day         the day it was sent (office time zone)
 * @param dueOn       the unit's due date it was about
 * @param taskCount   how many reports were missing
 * @param messageId   the notice sent, or null when sending failed before it was stored
 * @param createdAt   when
 */
public record ReminderEntry(
        long id,
        long planId,
        String periodLabel,
        String unitName,
        ReminderKind kind,
        LocalDate day,
        LocalDate dueOn,
        int taskCount,
        Long messageId,
        Instant createdAt) {}

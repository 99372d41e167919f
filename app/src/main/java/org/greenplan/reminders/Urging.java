package org.greenplan.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 催办单: the office's numbered urging notice to one or more units, about a task or about their reports in
 * general.
 *
 * @param id         the row
 * @param year       the numbering year (the issue date's year, office time zone)
 * @param number     the number within the year, from 1 without gaps
 * @param planId     the plan
 * @param taskId     the task, or null for an urging about a unit's work in general
 * @param taskNumber the task's printed number, or null
 * @param taskText   the task's text, or null
 * @param unitNames  the units urged, in the order chosen
 * @param message    the office's text
 * @param replyBy    the date to answer by, or null
 * @param issuedAt   when
 * @param issuedBy   who (display name)
 */
public record Urging(
        long id,
        int year,
        int number,
        long planId,
        Long taskId,
        String taskNumber,
        String taskText,
        List<String> unitNames,
        String message,
        LocalDate replyBy,
        Instant issuedAt,
        String issuedBy) {}

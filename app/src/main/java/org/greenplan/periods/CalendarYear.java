package org.greenplan.periods;

import java.time.Instant;

/**
 * A year the calendar knows, and where its notice comes from.
 *
 * @param year       the notice year
 * @param uploaded   true when the office uploaded it (it overrides the shipped file for that year)
 * @param days       listed days (holidays and make-up working days)
 * @param fileName   the uploaded file's name, or null for the shipped file
 * @param uploadedAt when it was uploaded, or null
 * @param uploadedBy who uploaded it, or null
 */
public record CalendarYear(
        int year, boolean uploaded, int days, String fileName, Instant uploadedAt, String uploadedBy) {}

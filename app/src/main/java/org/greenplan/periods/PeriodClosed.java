package org.greenplan.periods;

import java.time.Instant;

/**
 * A reporting period was closed: from now on it is locked except through lock exceptions.
 *
 * @param periodId the period
 * @param planId   its plan
 * @param label    e.g. {@code 2022-06}
 * @param closedAt when
 * @param closedBy who (display name)
 * @param reason   why, as the office typed it
 */
public record PeriodClosed(
        long periodId, long planId, String label, Instant closedAt, String closedBy, String reason) {}

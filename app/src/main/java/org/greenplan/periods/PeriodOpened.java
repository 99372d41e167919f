package org.greenplan.periods;

import java.time.Instant;

/**
 * A reporting period was opened, or a closed one reopened as a whole (then with the reason).
 *
 * @param periodId     the period
 * @param planId       its plan
 * @param label        e.g. {@code 2022-06}
 * @param openedAt     when
 * @param openedBy     who (display name)
 * @param reopenReason the reason of a reopening, or null for a first opening
 */
public record PeriodOpened(
        long periodId, long planId, String label, Instant openedAt, String openedBy, String reopenReason) {}

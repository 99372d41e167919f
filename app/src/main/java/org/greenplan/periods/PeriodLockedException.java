package org.greenplan.periods;

import java.time.Instant;

/**
 * A write in a reporting period that is not open: closed (locked, with when, by whom and why) or not
 * yet opened. Controllers show the lock; the API answers 409 with the same fields.
 */
public class PeriodLockedException extends RuntimeException {
    private final transient ReportingPeriod period;

    public PeriodLockedException(ReportingPeriod period) {
        super(describe(period));
        this.period = period;
    }

    /** @return the period that refused */
    public ReportingPeriod period() {
        return period;
    }

    /** @return when it was closed, or null for a period not yet opened */
    public Instant closedAt() {
        return period.closedAt();
    }

    private static String describe(ReportingPeriod period) {
        return period.closed()
                ? "reporting period %s is closed since %s by %s: %s"
                        .formatted(period.label(), period.closedAt(), period.closedBy(), period.closeReason())
                : "reporting period %s is not open yet".formatted(period.label());
    }
}

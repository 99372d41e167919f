package org.greenplan.notifications;

/** The outcome of one delivery attempt: sent, failed (with the error), or skipped (e.g. mail not configured). */
public enum DeliveryStatus {
    SENT,
    FAILED,
    SKIPPED
}

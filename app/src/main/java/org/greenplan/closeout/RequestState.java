package org.greenplan.closeout;

/** Where a request stands: waiting for the office, approved, or refused (sent back) with a reason. */
public enum RequestState {
    PENDING,
    APPROVED,
    REFUSED
}

package org.greenplan.periods;

import java.time.Instant;

/**
 * The state machine of one stored period: PLANNED → OPEN → CLOSED, and CLOSED → OPEN only with a reason.
 * Each method checks the state it starts from and refuses with a {@link PeriodRefusal} otherwise.
 */
final class PeriodAggregate {
    private final long id;
    private final long planId;
    private final String label;
    private final int version;
    private PeriodState state;
    private Instant openedAt;
    private String openedBy;
    private Instant closedAt;
    private String closedBy;
    private String closeReason;

    PeriodAggregate(long id, long planId, String label, PeriodState state, int version) {
        this.id = id;
        this.planId = planId;
        this.label = label;
        this.state = state;
        this.version = version;
    }

    PeriodOpened open(String by, Instant at) {
        require(PeriodState.PLANNED, "periods.refused.openNotPlanned");
        state = PeriodState.OPEN;
        openedAt = at;
        openedBy = by;
        return new PeriodOpened(id, planId, label, at, by, null);
    }

    PeriodClosed close(String by, Instant at, String reason) {
        require(PeriodState.OPEN, "periods.refused.closeNotOpen");
        closeReason = requireReason(reason);
        state = PeriodState.CLOSED;
        closedAt = at;
        closedBy = by;
        return new PeriodClosed(id, planId, label, at, by, closeReason);
    }

    PeriodOpened reopen(String by, Instant at, String reason) {
        require(PeriodState.CLOSED, "periods.refused.reopenNotClosed");
        String why = requireReason(reason);
        state = PeriodState.OPEN;
        openedAt = at;
        openedBy = by;
        closedAt = null;
        closedBy = null;
        closeReason = null;
        return new PeriodOpened(id, planId, label, at, by, why);
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PeriodRefusal("periods.refused.reasonRequired");
        }
        return reason.strip();
    }

    private void require(PeriodState expected, String code) {
        if (state != expected) {
            throw new PeriodRefusal(code, label, state.name());
        }
    }

    long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    String label() {
        return label;
    }

    int version() {
        return version;
    }

    PeriodState state() {
        return state;
    }

    Instant openedAt() {
        return openedAt;
    }

    String openedBy() {
        return openedBy;
    }

    Instant closedAt() {
        return closedAt;
    }

    String closedBy() {
        return closedBy;
    }

    String closeReason() {
        return closeReason;
    }
}

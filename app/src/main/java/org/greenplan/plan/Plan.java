package org.greenplan.plan;

import java.time.Instant;

/**
 * The plan's life cycle and its guarded transitions: DRAFT → PUBLISHED → WITHDRAWN; a DRAFT, or a
 * PUBLISHED plan nobody has reported on yet (published by mistake), may be discarded.
 */
final class Plan {
    private final long id;
    private PlanState state;
    private Instant publishedAt;
    private Instant withdrawnAt;
    private String withdrawalReason;

    Plan(long id, PlanState state) {
        this.id = id;
        this.state = state;
    }

    /**
     * DRAFT → PUBLISHED.
     *
     * @throws PlanStateException when the plan is not a draft
     */
    void publish(Instant now) {
        if (state != PlanState.DRAFT) {
            throw new PlanStateException("plan.state.alreadyPublished", String.valueOf(id));
        }
        state = PlanState.PUBLISHED;
        publishedAt = now;
    }

    /**
     * PUBLISHED → WITHDRAWN (撤回), with the office's reason.
     *
     * @throws IllegalArgumentException when the reason is blank
     * @throws PlanStateException       when the plan is not published
     */
    void withdraw(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a withdrawal needs a reason");
        }
        if (state != PlanState.PUBLISHED) {
            throw new PlanStateException("plan.state.notPublished", String.valueOf(id));
        }
        state = PlanState.WITHDRAWN;
        withdrawnAt = now;
        withdrawalReason = reason.strip();
    }

    /**
     * Checks that the plan may be deleted: a DRAFT always; a PUBLISHED plan only while no value has been
     * reported against it (published by mistake); a WITHDRAWN plan never (its history is kept).
     *
     * @param hasReports whether any value was ever reported against one of its targets
     * @throws PlanStateException when it may not be discarded
     */
    void checkDiscardable(boolean hasReports) {
        if (state == PlanState.WITHDRAWN || (state == PlanState.PUBLISHED && hasReports)) {
            throw new PlanStateException("plan.state.kept", String.valueOf(id));
        }
    }

    long id() {
        return id;
    }

    PlanState state() {
        return state;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }

    String withdrawalReason() {
        return withdrawalReason;
    }
}

package org.greenplan.plan;

import java.time.Instant;

/**
 * The plan's life cycle, with its one guarded transition.
 */
final class Plan {
    private final long id;
    private PlanState state;
    private Instant publishedAt;

    Plan(long id, PlanState state) {
        this.id = id;
        this.state = state;
    }

    /**
     * DRAFT → PUBLISHED.
     *
     * @throws PlanStateException when the plan is already published
     */
    void publish(Instant now) {
        if (state != PlanState.DRAFT) {
            throw new PlanStateException("plan.state.alreadyPublished", String.valueOf(id));
        }
        state = PlanState.PUBLISHED;
        publishedAt = now;
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
}

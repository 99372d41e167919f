package org.greenplan.periods.web;

import java.util.NoSuchElementException;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.plan.PlanCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The unit a {@code /my/plans/{planId}/…} page speaks for, held to the plans that name it: a unit that no task
 * of the plan names gets 404, as if the plan did not exist (its title and periods are not the unit's business).
 */
@Component
class UnitPlans {
    private final CurrentActor currentActor;
    private final PlanCatalog plans;

    UnitPlans(CurrentActor currentActor, PlanCatalog plans) {
        this.currentActor = currentActor;
        this.plans = plans;
    }

    /**
     * @param planId the plan the page names
     * @return the signed-in user's unit (or the unit an office admin acts as)
     * @throws org.springframework.security.access.AccessDeniedException when the user speaks for no unit
     * @throws NoSuchElementException when no task of the plan names that unit
     */
    long unitOf(long planId) {
        Actor actor = currentActor.require();
        if (actor.unitId() == null) {
            throw new AccessDeniedException(actor.username() + " speaks for no unit");
        }
        long unitId = actor.unitId();
        if (!plans.planIdsNaming(unitId).contains(planId)) {
            throw new NoSuchElementException("plan " + planId + " names no task of unit " + unitId);
        }
        return unitId;
    }
}

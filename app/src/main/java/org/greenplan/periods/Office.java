package org.greenplan.periods;

import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.springframework.security.access.AccessDeniedException;

/** The one check that an office-only write is made by the office (not a unit, not an admin acting as one). */
final class Office {
    private Office() {}

    static Actor require(CurrentActor currentActor) {
        Actor actor = currentActor.require();
        if (!actor.isOffice()) {
            throw new AccessDeniedException("office only: " + actor.username());
        }
        return actor;
    }

    static Actor requireUnit(CurrentActor currentActor, long unitId) {
        Actor actor = currentActor.require();
        if (!actor.speaksFor(unitId)) {
            throw new AccessDeniedException(actor.username() + " does not speak for unit " + unitId);
        }
        return actor;
    }
}

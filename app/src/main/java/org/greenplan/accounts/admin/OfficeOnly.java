package org.greenplan.accounts.admin;

import org.greenplan.accounts.CurrentActor;
import org.greenplan.accounts.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Administration is the office's (issue 9 §1): a signed-in actor without the OFFICE_ADMIN role is refused
 * here as well as by the URL rules, so no other door (an API, a listener) can reach the writes. Runs
 * without a signed-in actor (command line, first start) are the operator's and pass.
 */
@Component
class OfficeOnly {
    private final CurrentActor currentActor;

    OfficeOnly(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /** @throws AccessDeniedException when a signed-in actor is no office admin */
    void require() {
        currentActor.find().filter(actor -> !actor.has(Role.OFFICE_ADMIN)).ifPresent(actor -> {
            throw new AccessDeniedException("administration is for office admins; " + actor.username() + " is none");
        });
    }
}

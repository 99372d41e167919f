package org.greenplan.accounts;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the current request, read from the security context. Modules take the actor from here
 * (or as a parameter from their controller) and never read the security context themselves.
 */
@Component
public class CurrentActor {

    /** @return the signed-in actor, or empty for an anonymous request and for command-line runs */
    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof GreenPlanUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    /**
     * @return the signed-in actor
     * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
     */
    public Actor require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("nobody is signed in"));
    }
}

package org.greenplan.periods;

import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs an actor in on the test's thread, for service-level tests (MockMvc tests use {@code TestActors}). */
final class SignedIn {
    static final Actor OFFICE = new Actor(1, "office", "市绿色办", null, Set.of(Role.OFFICE_ADMIN), false);

    private SignedIn() {}

    static Actor reporter(long unitId) {
        return new Actor(100 + unitId, "reporter" + unitId, "填报员" + unitId, unitId, Set.of(Role.UNIT_REPORTER), false);
    }

    static void as(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    static void out() {
        SecurityContextHolder.clearContext();
    }
}

package org.greenplan.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in actors for MockMvc tests: {@code mvc.perform(get(...).with(TestActors.office()))}. The
 * user ids are not rows of {@code app_user}; tests that store who acted create their users first.
 */
public final class TestActors {
    private TestActors() {}

    /** @return an office admin (user id 1, {@code office}) */
    public static RequestPostProcessor office() {
        return as(new Actor(1, "office", "市绿色办", null, Set.of(Role.OFFICE_ADMIN), false));
    }

    /** @return a leader (user id 2, {@code leader}) */
    public static RequestPostProcessor leader() {
        return as(new Actor(2, "leader", "领导", null, Set.of(Role.LEADER), false));
    }

    /** @return a reporter of {@code unitId} (user id 100 + unitId) */
    public static RequestPostProcessor reporter(long unitId) {
        return as(new Actor(
                100 + unitId, "reporter" + unitId, "填报员" + unitId, unitId, Set.of(Role.UNIT_REPORTER), false));
    }

    /** @return a unit leader of {@code unitId} (user id 1000 + unitId) */
    public static RequestPostProcessor unitLeader(long unitId) {
        return as(new Actor(
                1000 + unitId, "unitleader" + unitId, "单位负责人" + unitId, unitId, Set.of(Role.UNIT_LEADER), false));
    }

    /** @return the given actor, signed in */
    public static RequestPostProcessor as(Actor actor) {
        return user(GreenPlanUser.of(actor));
    }
}

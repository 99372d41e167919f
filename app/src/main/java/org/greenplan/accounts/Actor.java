package org.greenplan.accounts;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts in a request.
 *
 * @param userId      the {@code app_user} id
 * @param username    the login name
 * @param displayName the name shown on pages and in the audit trail
 * @param unitId      the {@code responsible_unit} the actor speaks for: the user's own unit, or the unit an
 *                    office admin acts as; null for office staff and leaders acting as themselves
 * @param roles       the user's roles, never empty
 * @param actingAs    true while an office admin acts as {@code unitId} (an explicit, audited 代为操作)
 *
 * <p>Serialisable because the signed-in principal ({@link GreenPlanUser}) is kept in the JDBC session.
 */
public record Actor(long userId, String username, String displayName, Long unitId, Set<Role> roles, boolean actingAs)
        implements java.io.Serializable {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an actor has at least one role");
        }
        if (actingAs && (unitId == null || !roles.contains(Role.OFFICE_ADMIN))) {
            throw new IllegalArgumentException("only an office admin acts as a unit, and only for a named unit");
        }
    }

    /** @return whether the actor holds {@code role} */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** @return whether the actor is the plan office (and not currently acting as a unit) */
    public boolean isOffice() {
        return has(Role.OFFICE_ADMIN) && !actingAs;
    }

    /**
     * @param unit a {@code responsible_unit} id
     * @return whether the actor speaks for that unit: it is the user's unit, or the unit an office admin acts as
     */
    public boolean speaksFor(long unit) {
        return unitId != null && unitId == unit;
    }

    /** @return this office admin acting as {@code unit} */
    public Actor actingAs(long unit) {
        return new Actor(userId, username, displayName, unit, roles, true);
    }

    /** @return this office admin acting as itself again (no unit) */
    public Actor stopActing() {
        return new Actor(userId, username, displayName, null, roles, false);
    }
}

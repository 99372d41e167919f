package org.greenplan.accounts.admin;

import java.util.Set;
import org.greenplan.accounts.Role;

/**
 * A user as the office sees it (never with a password or its hash).
 *
 * @param version the row version an edit form sends back to detect a concurrent change
 */
public record UserView(
        long id,
        String username,
        String displayName,
        Long unitId,
        String unitName,
        Set<Role> roles,
        String email,
        String phone,
        boolean enabled,
        boolean mustChangePassword,
        int version) {
    public UserView {
        roles = Set.copyOf(roles);
    }

    /** @return the roles in declaration order, comma-separated (for the audit trail) */
    public String roleNames() {
        return String.join(
                ",",
                java.util.Arrays.stream(Role.values())
                        .filter(roles::contains)
                        .map(Role::name)
                        .toList());
    }
}

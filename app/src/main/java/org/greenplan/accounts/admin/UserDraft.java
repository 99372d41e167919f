package org.greenplan.accounts.admin;

import java.util.Set;
import org.greenplan.accounts.Role;

/**
 * A user as the office enters it on a form or in an import row.
 *
 * @param username    the login name: 3–64 letters, digits, {@code .}, {@code _} or {@code -}, starting with a
 *                    letter or digit; unique regardless of case
 * @param displayName the person's name as shown on pages and in the audit trail
 * @param unitId      the unit of a UNIT_REPORTER or UNIT_LEADER; null for OFFICE_ADMIN and LEADER
 * @param roles       one or more roles; unit roles and office roles are not mixed
 * @param email       e-mail address, or null
 * @param phone       mobile or landline number, or null
 */
public record UserDraft(String username, String displayName, Long unitId, Set<Role> roles, String email, String phone) {
    public UserDraft {
        username = strip(username);
        displayName = strip(displayName);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        email = strip(email);
        phone = strip(phone);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.greenplan.accounts.admin;

import org.greenplan.accounts.Role;

/**
 * Which users a list shows; a null part does not filter.
 *
 * @param unitId  only users of this unit
 * @param role    only users holding this role
 * @param enabled only enabled (true) or disabled (false) users
 */
public record UserFilter(Long unitId, Role role, Boolean enabled) {
    /** Every user. */
    public static final UserFilter ALL = new UserFilter(null, null, null);
}

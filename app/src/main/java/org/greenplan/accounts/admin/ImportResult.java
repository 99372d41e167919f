package org.greenplan.accounts.admin;

import java.util.List;

/**
 * What a confirmed import stored.
 *
 * @param users        the users created with their one-time passwords (shown once), empty for units
 * @param unitsCreated units newly registered
 * @param unitsUpdated units already in the directory whose aliases or contact were updated
 */
public record ImportResult(ImportKind kind, List<CreatedUser> users, int unitsCreated, int unitsUpdated) {
    public ImportResult {
        users = List.copyOf(users);
    }
}

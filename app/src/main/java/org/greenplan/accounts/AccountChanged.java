package org.greenplan.accounts;

/**
 * Published when an account is disabled, given a new password (reset by the office or changed by its user) or changed
 * in what it signs in as (its username, name, roles or unit): the account's open sessions hold the old state, or were
 * opened with the old password, and end once the change is committed, so the user signs in again (the web shell
 * listens).
 *
 * @param username    the username the account's sessions were signed in with (before a change of username)
 * @param keptSession the id of the session the change was made through, which stays open (a user changing their own
 *                    password goes on working in it); null when every session ends
 */
public record AccountChanged(String username, String keptSession) {
    /** @param username the username whose every session ends */
    public AccountChanged(String username) {
        this(username, null);
    }
}

package org.greenplan.accounts;

/**
 * Published in the transaction that disables an account, resets its password or changes what it signs in as (its
 * username, name, roles or unit): the account's open sessions hold the old state, and end once the change is
 * committed, so the user signs in again (the web shell listens).
 *
 * @param username the username the account's sessions were signed in with (before a change of username)
 */
public record AccountChanged(String username) {}

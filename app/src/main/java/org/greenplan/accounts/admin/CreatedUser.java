package org.greenplan.accounts.admin;

/**
 * A user just created or given a new password, with the one-time password to hand over. The password is
 * shown once and stored only as its hash; the user must change it at the first login.
 */
public record CreatedUser(UserView user, String oneTimePassword) {
    @Override
    public String toString() {
        return "CreatedUser[" + user.username() + "]";
    }
}

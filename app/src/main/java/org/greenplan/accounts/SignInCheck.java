package org.greenplan.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a sign-in is still good when its session is stored. A sign-in reads the account (roles, enabled) before its
 * password check and stores its session at the end of its request; when the office disables, resets or changes the
 * account in between, the change's ending of the account's sessions ({@link AccountChanged}) runs before this session
 * exists. The web shell asks here in the transaction that stores a session whose signed-in user was just set.
 */
@Component
public class SignInCheck {
    private final JdbcClient jdbc;

    SignInCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the account's row until the caller's transaction ends ({@code FOR SHARE}), so a change by the office
     * either committed before (and is seen here) or waits for the session to be stored (and then ends it).
     *
     * @param user a signed-in user read from the user directory
     * @return whether the account is enabled and at the sign-in version the user was read at; true for a user not read from
     *         the directory ({@link GreenPlanUser#UNREAD})
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean stillCurrent(GreenPlanUser user) {
        if (user.signInVersion() == GreenPlanUser.UNREAD) {
            return true;
        }
        return jdbc.sql("select sign_in_version from app_user where id = ? and enabled for share")
                .param(user.actor().userId())
                .query(Long.class)
                .optional()
                .map(version -> version == user.signInVersion())
                .orElse(false);
    }
}

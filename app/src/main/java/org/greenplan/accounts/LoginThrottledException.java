package org.greenplan.accounts;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused before the password is checked, because of too many recent failures for the account
 * or from the client address (see {@link LoginThrottle}). Kept in the session by Spring Security for the
 * login page, which says until when.
 */
public class LoginThrottledException extends LockedException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** What is held back. */
    public enum Scope {
        /** The account: 5 failures within 15 minutes. */
        ACCOUNT,
        /** The client address: 20 failures within 15 minutes, whatever the accounts. */
        ADDRESS
    }

    private final Scope scope;
    private final Instant until;

    LoginThrottledException(Scope scope, Instant until) {
        super(scope == Scope.ACCOUNT ? "account temporarily locked" : "address temporarily refused");
        this.scope = scope;
        this.until = until;
    }

    public Scope scope() {
        return scope;
    }

    /** @return when a login may be tried again */
    public Instant until() {
        return until;
    }
}

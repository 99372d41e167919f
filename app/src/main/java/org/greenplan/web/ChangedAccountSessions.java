package org.greenplan.web;

import org.greenplan.accounts.AccountChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of an account that was disabled, given a new password or changed in what it signs in as
 * ({@link AccountChanged}), once that change is committed; a user who changed their own password keeps the session
 * they changed it in. A session holds the signed-in user as it was at the sign-in, so a disabled user kept working
 * and a demoted one kept their roles until the session timed out. Sessions are found by the principal name Spring
 * Session JDBC stores with each signed-in session (on every node, since the sessions are rows of the shared
 * database). The next request of such a session is sent to the login. The office admin who made the change is signed
 * out as well when the account is their own.
 */
@Component
class ChangedAccountSessions {
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    /** @param sessions the session repository; absent where there are no sessions (slice tests) */
    ChangedAccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** Runs after the change's commit; outside a transaction (a call from a test or a command) at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void end(AccountChanged changed) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(changed.username()).keySet().stream()
                    .filter(id -> !id.equals(changed.keptSession()))
                    .forEach(repository::deleteById);
        }
    }
}

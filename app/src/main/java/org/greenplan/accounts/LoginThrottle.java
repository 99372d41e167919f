package org.greenplan.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.greenplan.accounts.LoginThrottledException.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login throttling, kept in PostgreSQL ({@code login_failure}) so that every app node sees the
 * same counts. An account with {@value #ACCOUNT_FAILURES} wrong passwords within {@link #WINDOW} is locked
 * for {@link #WINDOW} after its last failure; a client address with {@value #ADDRESS_FAILURES} failures
 * within the window (any accounts) is refused likewise. A successful login clears the account's count,
 * not the address's. Fed by Spring Security's authentication events.
 */
@Component
public class LoginThrottle {
    /** Wrong passwords for one account that lock it. */
    public static final int ACCOUNT_FAILURES = 5;
    /** Failures from one client address that refuse it. */
    public static final int ADDRESS_FAILURES = 20;
    /** The window counted, and how long a lock lasts after the last failure. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @throws LoginThrottledException when the account or the address is held back at {@code now}
     */
    public void check(String username, String address, Instant now) {
        Optional<Instant> account =
                lockedUntil("lower(username) = lower(?) and not account_cleared", username, ACCOUNT_FAILURES, now);
        if (account.isPresent()) {
            throw new LoginThrottledException(Scope.ACCOUNT, account.get());
        }
        Optional<Instant> byAddress = lockedUntil("client_address = ?", address, ADDRESS_FAILURES, now);
        if (byAddress.isPresent()) {
            throw new LoginThrottledException(Scope.ADDRESS, byAddress.get());
        }
    }

    /** Records a wrong password (or an unknown user) for the account and the address. */
    @Transactional
    public void recordFailure(String username, String address, Instant at) {
        jdbc.sql("insert into login_failure (username, client_address, occurred_at) values (?, ?, ?)")
                .params(username, address, Timestamp.from(at))
                .update();
        jdbc.sql("delete from login_failure where occurred_at < ?")
                .param(Timestamp.from(at.minus(Duration.ofDays(1))))
                .update();
    }

    /** A successful login: the account's earlier failures no longer count against it. */
    @Transactional
    public void recordSuccess(String username) {
        jdbc.sql("update login_failure set account_cleared = true where lower(username) = lower(?)")
                .param(username)
                .update();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            recordFailure(attempt.getName(), address(attempt), clock.instant());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            recordSuccess(signedIn.getName());
        }
    }

    /** @return the client address an attempt came from, as the servlet container saw it */
    static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    private Optional<Instant> lockedUntil(String where, String key, int limit, Instant now) {
        Instant since = now.minus(WINDOW);
        return jdbc.sql("select count(*), max(occurred_at) from login_failure where occurred_at > ? and " + where)
                .params(Timestamp.from(since), key)
                .query((rs, i) -> rs.getInt(1) >= limit
                        ? Optional.of(rs.getTimestamp(2).toInstant().plus(WINDOW))
                        : Optional.<Instant>empty())
                .single();
    }
}

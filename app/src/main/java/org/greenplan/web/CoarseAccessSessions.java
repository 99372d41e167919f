package org.greenplan.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spares the session table an update on every request. Spring Session's filter sets the requested session's access
 * time to now on every request; for Spring Session JDBC that marks the session changed, and its save then updates the
 * row (a statement and its commit) even when nothing else changed. The sessions this repository hands out pass a new
 * access time on to the stored session only when it is at least {@link #ACCESS_TIME_RESOLUTION} after the stored one,
 * so a save within that time writes nothing unless an attribute, the id, the principal or the timeout changed; those
 * are written by Spring Session's own statements, unchanged.
 *
 * <p>Consequence: the stored access time, and so the expiry, lag the truth by at most one resolution, on every node
 * alike (the row is still the one shared truth), so an idle session ({@code server.servlet.session.timeout}) may end
 * that much earlier.
 *
 * <p>Writes run in a transaction of their own ({@code writes}), reads in none: Spring Session JDBC is given statements
 * that only join their caller's transaction ({@link SessionReadConfiguration}), because a read of a session is one
 * statement, consistent on its own, and a transaction around it cost a commit round trip on every request. A save
 * (the session row and its attributes, several statements) and a delete are atomic as before. A session through which
 * nothing was passed on since it was read or saved is not handed to the stored repository's save at all: that save
 * would write nothing (Spring Session's default save mode writes only what was set), but still cost a transaction.
 *
 * <p>An id that cannot be one Spring Session issued ({@link #couldBeIssued}: a damaged or forged cookie) names no session
 * and is not looked up: such a cookie decoded to NUL characters, which PostgreSQL refused, and the request failed with
 * 500 before any error page could read its session.
 *
 * <p>A session whose signed-in user was set through it (a sign-in, or a user replaced by acting as a unit or after a
 * password change) is stored only while {@code signInStillCurrent} holds, asked in the save's transaction; otherwise it
 * is deleted. A sign-in that read the account before the office disabled or changed it would otherwise store its
 * session after the change had ended the account's sessions ({@code ChangedAccountSessions}).
 *
 * @param <S> the wrapped repository's session type
 */
final class CoarseAccessSessions<S extends Session>
        implements FindByIndexNameSessionRepository<CoarseAccessSessions.Held<S>>, DisposableBean {
    /** How stale the stored last-access time may become before a request writes it again. */
    static final Duration ACCESS_TIME_RESOLUTION = Duration.ofMinutes(1);

    /** The attribute Spring Security keeps the signed-in user in. */
    static final String SIGNED_IN =
            org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    /** The longest session id looked up: the width of {@code spring_session.session_id} (a UUID's 36 characters). */
    static final int LONGEST_ID = 36;

    private final FindByIndexNameSessionRepository<S> delegate;
    private final TransactionOperations writes;
    private final Predicate<Session> signInStillCurrent;

    /**
     * @param delegate           the repository that stores the sessions (Spring Session JDBC's), whose statements
     *                           join the caller's transaction
     * @param writes             the transaction a save or a delete runs in (a new one)
     * @param signInStillCurrent whether a session whose signed-in user was set through it may be stored, asked in
     *                           the save's transaction
     */
    CoarseAccessSessions(
            FindByIndexNameSessionRepository<S> delegate,
            TransactionOperations writes,
            Predicate<Session> signInStillCurrent) {
        this.delegate = delegate;
        this.writes = writes;
        this.signInStillCurrent = signInStillCurrent;
    }

    /** @return the wrapped repository */
    FindByIndexNameSessionRepository<S> unwrapped() {
        return delegate;
    }

    @Override
    public Held<S> createSession() {
        Held<S> created = new Held<>(delegate.createSession());
        created.passedOn = true;
        return created;
    }

    @Override
    public void save(Held<S> session) {
        if (!session.passedOn) {
            // nothing reached the stored session since it was read or saved: its save would write nothing, and
            // the transaction around it cost a pooled connection and its bookkeeping on every request
            return;
        }
        writes.executeWithoutResult(status -> {
            if (session.signedInSet && !signInStillCurrent.test(session.stored)) {
                delegate.deleteById(session.getId());
            } else {
                delegate.save(session.stored);
            }
        });
        session.passedOn = false;
        session.signedInSet = false;
    }

    @Override
    public Held<S> findById(String id) {
        if (!couldBeIssued(id)) {
            return null;
        }
        S stored = delegate.findById(id);
        return stored == null ? null : new Held<>(stored);
    }

    @Override
    public void deleteById(String id) {
        if (couldBeIssued(id)) {
            writes.executeWithoutResult(status -> delegate.deleteById(id));
        }
    }

    /**
     * @param id a session id as a request's cookie names it
     * @return whether it has the shape of the ids Spring Session issues (random UUIDs): printable ASCII, at most
     *         {@value #LONGEST_ID} characters
     */
    static boolean couldBeIssued(String id) {
        return id != null
                && !id.isEmpty()
                && id.length() <= LONGEST_ID
                && id.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }

    @Override
    public Map<String, Held<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Held<S>> found = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, stored) -> found.put(id, new Held<>(stored)));
        return found;
    }

    /** Stops the wrapped repository's own work (Spring Session JDBC's clean-up of expired sessions), as its bean would. */
    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /**
     * A stored session whose access time moves only in steps of the resolution; everything else is the stored
     * session's.
     *
     * @param <S> the stored session's type
     */
    static final class Held<S extends Session> implements Session {
        private final S stored;
        // whether the stored session is new or was changed through this one since it was read or last saved
        private boolean passedOn;
        // whether the signed-in user (the security context) was set through this one since it was read or saved
        private boolean signedInSet;

        Held(S stored) {
            this.stored = stored;
        }

        /** Passed on only when at least one resolution after the stored access time (or earlier than it). */
        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Duration since = Duration.between(stored.getLastAccessedTime(), lastAccessedTime);
            if (since.isNegative() || since.compareTo(ACCESS_TIME_RESOLUTION) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
                passedOn = true;
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            passedOn = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            passedOn = true;
            signedInSet |= SIGNED_IN.equals(attributeName);
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            passedOn = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            passedOn = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}

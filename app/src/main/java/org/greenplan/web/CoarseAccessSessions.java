package org.greenplan.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

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
 * @param <S> the wrapped repository's session type
 */
final class CoarseAccessSessions<S extends Session>
        implements FindByIndexNameSessionRepository<CoarseAccessSessions.Held<S>>, DisposableBean {
    /** How stale the stored last-access time may become before a request writes it again. */
    static final Duration ACCESS_TIME_RESOLUTION = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> delegate;

    /** @param delegate the repository that stores the sessions (Spring Session JDBC's) */
    CoarseAccessSessions(FindByIndexNameSessionRepository<S> delegate) {
        this.delegate = delegate;
    }

    /** @return the wrapped repository */
    FindByIndexNameSessionRepository<S> unwrapped() {
        return delegate;
    }

    @Override
    public Held<S> createSession() {
        return new Held<>(delegate.createSession());
    }

    @Override
    public void save(Held<S> session) {
        delegate.save(session.stored);
    }

    @Override
    public Held<S> findById(String id) {
        S stored = delegate.findById(id);
        return stored == null ? null : new Held<>(stored);
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
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

        Held(S stored) {
            this.stored = stored;
        }

        /** Passed on only when at least one resolution after the stored access time (or earlier than it). */
        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Duration since = Duration.between(stored.getLastAccessedTime(), lastAccessedTime);
            if (since.isNegative() || since.compareTo(ACCESS_TIME_RESOLUTION) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
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
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
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

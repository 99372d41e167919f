package org.greenplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spares the session table a second read on every request. Spring Session's filter, committing the session at the
 * end of a request, forgets the session it read at the start, saves it, and then reads the same row again only to
 * learn whether the requested session id is still valid (reported upstream as spring-session issue 1731). This
 * repository answers that one read with the session just saved: a read on the same thread, for the same id, right
 * after the save and within the same request. Every other read goes to the database as before, so what another node
 * changed is still seen by the next request.
 *
 * <p>What is remembered lives only inside one request: {@link #filter()}, placed around Spring Session's filter,
 * forgets it when the request begins and ends, so a session saved by a request that never re-read it (a new
 * session's first request sends no id to look up) is never handed to a later request.
 *
 * @param <S> the delegate's session type
 */
final class SavedSessionReuse<S extends Session> implements FindByIndexNameSessionRepository<S>, DisposableBean {
    private final FindByIndexNameSessionRepository<S> delegate;
    // one per class, not per repository, so the filter that clears it needs no repository (a web test slice has none);
    // a session is found here only under its own random id
    private static final ThreadLocal<Session> JUST_SAVED = new ThreadLocal<>();

    /** @param delegate the repository that reads and writes the sessions (Spring Session JDBC's) */
    SavedSessionReuse(FindByIndexNameSessionRepository<S> delegate) {
        this.delegate = delegate;
    }

    @Override
    public S createSession() {
        JUST_SAVED.remove();
        return delegate.createSession();
    }

    @Override
    public void save(S session) {
        JUST_SAVED.remove();
        delegate.save(session);
        JUST_SAVED.set(session);
    }

    /**
     * @return the session saved just before on this thread when it has this id and has not expired, without a
     *         read; otherwise the delegate's answer
     */
    @Override
    public S findById(String id) {
        @SuppressWarnings("unchecked")
        S saved = (S) JUST_SAVED.get();
        JUST_SAVED.remove();
        if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
            return saved;
        }
        return delegate.findById(id);
    }

    @Override
    public void deleteById(String id) {
        JUST_SAVED.remove();
        delegate.deleteById(id);
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return delegate.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    /** @return the wrapped repository, which always reads the database */
    FindByIndexNameSessionRepository<S> unwrapped() {
        return delegate;
    }

    /** Stops the wrapped repository's own work (Spring Session JDBC's clean-up of expired sessions), as its bean would. */
    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** @return the filter that confines what is remembered to one request; it must run around the session filter */
    static OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                JUST_SAVED.remove();
                try {
                    chain.doFilter(request, response);
                } finally {
                    JUST_SAVED.remove();
                }
            }

            @Override
            protected boolean shouldNotFilterAsyncDispatch() {
                return false;
            }

            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }
        };
    }
}

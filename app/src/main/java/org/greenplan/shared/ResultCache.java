package org.greenplan.shared;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A bounded cache of computed answers in this node's memory (Caffeine, size-bounded). The key must name
 * everything the answer depends on (e.g. the dashboard's {@code CurrentResults.Key}, the unit workspace's key):
 * entries are never invalidated, they stop being asked for and are evicted. When several requests miss the same key at once, one computes and the
 * others wait for its answer instead of computing it again (after a change, 50 leaders' browsers asking at
 * once cost one computation). The answer is computed on the asking request's own thread, never on a pool:
 * it needs the request's locale and security context.
 *
 * <p><b>Ask outside any transaction</b> and let {@code compute} open its own: a request waiting for another
 * request's computation must hold no pooled connection. Were the waiters to hold theirs (a transaction, or a
 * non-transactional scope such as {@code Propagation.NOT_SUPPORTED}, which keeps the connection of its first
 * statement until it ends), as many waiters as the pool has connections would leave the computing request
 * none, and every one of them would fail after the pool's connection timeout (issue 11: 49 of 50 leaders on a
 * cold server). A caller that nevertheless asks inside a transaction scope is never made to wait: while
 * another request is still computing the answer, it computes its own (not kept), correct and fresh, at the
 * cost of a second computation.
 */
public final class ResultCache {
    private final AsyncCache<Object, Object> entries;

    /** @param capacity the most answers kept; more evict the least valuable (Caffeine's size policy) */
    public ResultCache(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).buildAsync();
    }

    /**
     * @return the answer kept under the key, else {@code compute}'s (kept unless it throws); inside a transaction
     *     scope, while another request still computes it, {@code compute}'s own answer (not kept)
     * @throws RuntimeException what {@code compute} threw, to this caller and to those waiting for it
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> kept = entries.asMap().putIfAbsent(key, mine);
        if (kept != null) {
            if (!kept.isDone() && TransactionSynchronizationManager.isSynchronizationActive()) {
                return compute.get();
            }
            try {
                return (T) kept.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            T value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            // a failed future is dropped by the cache itself; the waiting callers get the same failure
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Drops every kept answer (a test's fresh start; the product never needs it, its keys move on). */
    public void clear() {
        entries.synchronous().invalidateAll();
    }

    /** @return the number of answers kept (Caffeine's estimate after pending evictions are run) */
    public int size() {
        entries.synchronous().cleanUp();
        return (int) entries.synchronous().estimatedSize();
    }
}

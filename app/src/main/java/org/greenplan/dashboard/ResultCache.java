package org.greenplan.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A bounded map of computed answers in this node's memory, least recently used out first. The key must
 * name everything the answer depends on (see {@link CurrentResults.Key}): entries are never invalidated,
 * they stop being asked for. When several requests miss the same key at once, one computes and the
 * others wait for its answer instead of computing it again (after a change, 50 leaders' browsers asking
 * at once cost one computation).
 */
final class ResultCache {
    private final int capacity;
    private final Map<Object, CompletableFuture<Object>> entries;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, CompletableFuture<Object>> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /**
     * @return the answer kept under the key, else {@code compute}'s (kept unless it throws)
     * @throws RuntimeException what {@code compute} threw, to this caller and to those waiting for it
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> kept;
        synchronized (entries) {
            kept = entries.putIfAbsent(key, mine);
        }
        if (kept != null) {
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
            synchronized (entries) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Drops every kept answer (a test's fresh start; the product never needs it, its keys move on). */
    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    /** @return the number of answers kept */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}

package org.greenplan.progress;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The units' workspace answers this node keeps in memory (Caffeine, size-bounded), under a {@link Key} naming
 * everything an answer depends on. Entries are never invalidated: a change raises a generation, the key moves
 * on and the old entry is evicted unasked. Concurrent misses of one key compute once, on the first asking
 * request's own thread (it needs that request's transaction); the others wait for its answer.
 */
final class KeptWorkspaces {
    private final AsyncCache<Key, UnitWorkspace.Workspace> entries;

    /**
     * What a kept answer depends on.
     *
     * @param unitId      the unit
     * @param today       the day in the office's time zone (working days left change with it)
     * @param generations the generations of the plans naming the unit, their acknowledgements and the unit's own
     *                    generation ({@link org.greenplan.progress.internal.WorkspaceGenerations#of})
     */
    record Key(long unitId, LocalDate today, String generations) {}

    /** @param capacity the most answers kept; more evict the least valuable */
    KeptWorkspaces(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).buildAsync();
    }

    /**
     * @return the answer kept under the key, else {@code compute}'s (kept unless it throws)
     * @throws RuntimeException what {@code compute} threw, to this caller and to those waiting for it
     */
    UnitWorkspace.Workspace get(Key key, Supplier<UnitWorkspace.Workspace> compute) {
        CompletableFuture<UnitWorkspace.Workspace> mine = new CompletableFuture<>();
        CompletableFuture<UnitWorkspace.Workspace> kept = entries.asMap().putIfAbsent(key, mine);
        if (kept != null) {
            try {
                return kept.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            UnitWorkspace.Workspace value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Drops every kept answer (tests start afresh). */
    void clear() {
        entries.synchronous().invalidateAll();
    }
}

package org.greenplan.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.greenplan.shared.ResultCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of a plan's current results: the dashboard's answers (its data, the scopes behind its lists
 * and the public page) kept in this node's memory under a {@link Key} naming everything they depend on — the
 * plan, what was asked, today (the reading date follows the day), the plan's current generation and the
 * epoch of changes to every plan. The generation and the epoch are read from the database before each
 * answer (one indexed row, {@link #key}), so an answer is never stale on any node: every change that can
 * alter it raises the generation in its own writing transaction ({@link #changed}, called by
 * {@link PeriodResultInvalidation}; a change of a closed period raises it too, {@link
 * ClosedPeriodResults#invalidate}). Answers for a draft plan are not kept (the review edits it without
 * events), nor for a plan that does not exist (it answers 404 as before).
 */
@Component
class CurrentResults {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ResultCache cache;

    CurrentResults(JdbcClient jdbc, Clock clock, @Value("${greenplan.dashboard.kept-answers:128}") int capacity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = new ResultCache(capacity);
    }

    /**
     * What a kept answer depends on.
     *
     * @param planId     the plan
     * @param generation its current generation (only grows)
     * @param epoch      the epoch of changes to every plan (only grows)
     * @param today      the day in the office's time zone
     * @param what       what was asked: the filter and whatever else shapes the answer (a record)
     */
    record Key(long planId, long generation, long epoch, LocalDate today, Object what) {}

    /** @return the answer kept for the plan and {@code what}, else {@code compute}'s, kept for the next ask */
    <T> T cached(long planId, Object what, Supplier<T> compute) {
        Optional<Key> key = key(planId, what);
        return key.isPresent() ? cache.get(key.get(), compute) : compute.get();
    }

    /** @return the key of the plan's answers now; empty for a draft or a plan that does not exist */
    Optional<Key> key(long planId, Object what) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select p.state, coalesce(g.current_generation, 0) as generation, e.epoch
                        from plan p
                        left join period_result_generation g on g.plan_id = p.id
                        cross join period_result_epoch e
                        where p.id = ?""")
                .param(planId)
                .query((rs, n) -> "DRAFT".equals(rs.getString("state"))
                        ? Optional.<Key>empty()
                        : Optional.of(new Key(planId, rs.getLong("generation"), rs.getLong("epoch"), today, what)))
                .optional()
                .flatMap(k -> k);
    }

    /** Raises the plan's current generation; call it in the transaction that changes the plan's results. */
    void changed(long planId) {
        jdbc.sql("""
                        insert into period_result_generation (plan_id, generation, current_generation) values (?, 0, 1)
                        on conflict (plan_id) do update
                            set current_generation = period_result_generation.current_generation + 1""").param(planId).update();
    }

    /** Drops every answer this node keeps, so that the next ones are computed afresh (for tests). */
    void forget() {
        cache.clear();
    }

    /** @return the number of answers this node keeps */
    int kept() {
        return cache.size();
    }
}

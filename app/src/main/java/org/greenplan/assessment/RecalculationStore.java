package org.greenplan.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of recalculating open rounds: the plan-scoped locks that keep a recalculation, a round's opening and
 * its publication apart, and the updates of the computed parts of {@code assessment_entry}.
 *
 * <p>Locks: a transaction that changes a plan's data holds the plan's assessment lock shared (writers do not
 * wait for each other), opening a round holds it exclusively (so a change committed while the round's scores
 * are taken is either seen by them or recalculates the new round), and a recalculation locks the open round's
 * row (two recalculations of one round run one after the other, each seeing the other's data).
 */
@Component
class RecalculationStore {
    /** The first key of the transaction-scoped advisory locks of this module (the second is the plan id). */
    private static final int LOCK_SPACE = 1110;

    private final JdbcClient jdbc;

    RecalculationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the plan's assessment lock shared until the transaction ends. */
    void holdPlanShared(long planId) {
        jdbc.sql("select pg_advisory_xact_lock_shared(?, cast(? as int))")
                .params(LOCK_SPACE, planId)
                .query()
                .listOfRows();
    }

    /** Holds the plan's assessment lock exclusively until the transaction ends (opening a round). */
    void holdPlanExclusive(long planId) {
        jdbc.sql("select pg_advisory_xact_lock(?, cast(? as int))")
                .params(LOCK_SPACE, planId)
                .query()
                .listOfRows();
    }

    /** @return the plan's open round, its row locked until the transaction ends; empty when none is open */
    Optional<Long> lockOpenRound(long planId) {
        return jdbc.sql("select id from assessment_round where plan_id = ? and state = 'OPEN' for update")
                .param(planId)
                .query(Long.class)
                .optional();
    }

    /** Locks the round's row until the transaction ends (publication waits for a running recalculation). */
    void lockRound(long roundId) {
        jdbc.sql("select id from assessment_round where id = ? for update")
                .param(roundId)
                .query(Long.class)
                .optional();
    }

    /** @return the plans that have an open round */
    List<Long> plansWithOpenRounds() {
        return jdbc.sql("select plan_id from assessment_round where state = 'OPEN' order by plan_id")
                .query(Long.class)
                .list();
    }

    /** Stores the unit's new computed parts, keeping the previous computed score and when it changed. */
    void rescore(long entryId, UnitScore s, Instant at) {
        jdbc.sql("""
                        update assessment_entry set tasks = ?, green = ?, yellow = ?, red = ?, stagnant = ?,
                            completed = ?, cancelled = ?, targets_met = ?, targets_judged = ?, reports_expected = ?,
                            reports_on_time = ?, reports_late = ?, reports_missing = ?, approved_tasks = ?,
                            attainment = ?, timeliness = ?, completeness = ?, late_deduction = ?,
                            missing_deduction = ?, previous_computed = computed, computed = ?, recalculated_at = ?,
                            version = version + 1
                        where id = ?""")
                .params(RoundStore.withScores(List.of(), s, List.of(Timestamp.from(at), entryId)))
                .update();
    }

    /** Removes the entry of a unit the plan no longer names (only one nothing was entered for). */
    void dropEntry(long entryId) {
        jdbc.sql("delete from assessment_entry where id = ?").param(entryId).update();
    }

    /**
     * Marks the round recalculated: its scoring date, when a unit's score last changed (unchanged when {@code
     * at} is null), and a new version, so a page read before cannot publish it.
     */
    void recalculated(long roundId, LocalDate scoredOn, Instant at) {
        jdbc.sql("""
                        update assessment_round set scored_on = ?, recalculated_at = coalesce(?, recalculated_at),
                            version = version + 1
                        where id = ?""")
                .params(Date.valueOf(scoredOn), at == null ? null : Timestamp.from(at), roundId)
                .update();
    }
}

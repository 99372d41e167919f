package org.greenplan.plan;

import java.time.Clock;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes plans outside review: publishes a draft and moves assignments when units are merged. Every
 * method is one transaction. Drafts are stored and corrected through {@code plan::draft}
 * ({@link org.greenplan.plan.draft.Drafts}).
 */
@Service
public class PlanStore {
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Publishes a draft plan.
     *
     * @throws NoSuchElementException when there is no such plan
     * @throws PlanStateException     when it is already published
     */
    @Transactional
    public void publish(long planId) {
        Plan plan = jdbc.sql("select id, state from plan where id = ? for update")
                .param(planId)
                .query((rs, i) -> new Plan(rs.getLong(1), PlanState.valueOf(rs.getString(2))))
                .optional()
                .orElseThrow(() -> NotFoundException.plan(planId));
        plan.publish(clock.instant());
        jdbc.sql("update plan set state = ?, published_at = ? where id = ?")
                .params(plan.state().name(), java.sql.Timestamp.from(plan.publishedAt()), planId)
                .update();
    }

    /**
     * Moves every assignment of one unit to another (when the office merges a unit into the one it
     * really is). A task that already names the other unit keeps that assignment only.
     */
    @Transactional
    public void reassignUnit(long fromUnitId, long toUnitId) {
        jdbc.sql("""
                delete from assignment a where a.unit_id = ?
                  and exists (select 1 from assignment b where b.task_id = a.task_id and b.unit_id = ?)""").params(fromUnitId, toUnitId).update();
        jdbc.sql("update assignment set unit_id = ? where unit_id = ?")
                .params(toUnitId, fromUnitId)
                .update();
    }
}

package org.greenplan.assessment.internal;

import java.util.Optional;
import org.greenplan.plan.PlanOwnedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Assessment round ids as URLs name them ({@code roundId}), with the plan each round assesses. */
@Component
class RoundIds implements PlanOwnedIds {
    private final JdbcClient jdbc;

    RoundIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String variable() {
        return "roundId";
    }

    @Override
    public Optional<Long> planOf(long id) {
        return jdbc.sql("select plan_id from assessment_round where id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }
}

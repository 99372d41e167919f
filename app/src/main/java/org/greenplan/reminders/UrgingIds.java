package org.greenplan.reminders;

import org.greenplan.plan.PlanOwnedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 催办单 ids as URLs name them ({@code urgingId}), with the plan each was issued for. */
@Component
class UrgingIds implements PlanOwnedIds {
    private final JdbcClient jdbc;

    UrgingIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String variable() {
        return "urgingId";
    }

    @Override
    public java.util.Optional<Long> planOf(long id) {
        return jdbc.sql("select plan_id from urging where id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }
}

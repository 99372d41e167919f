package org.greenplan.plan.internal;

import java.util.Optional;
import org.greenplan.plan.PlanOwnedIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids this module owns as URLs name them: plans, tasks, targets and sections (headings). */
@Configuration(proxyBeanMethods = false)
class PlanIdKinds {
    @Bean
    PlanOwnedIds planIds(JdbcClient jdbc) {
        return PlanOwnedIds.of("planId", id -> planOf(jdbc, "select id from plan where id = ?", id));
    }

    @Bean
    PlanOwnedIds taskIds(JdbcClient jdbc) {
        return PlanOwnedIds.of("taskId", id -> planOf(jdbc, "select plan_id from task where id = ?", id));
    }

    @Bean
    PlanOwnedIds targetIds(JdbcClient jdbc) {
        return PlanOwnedIds.of(
                "targetId",
                id -> planOf(
                        jdbc, "select t.plan_id from target g join task t on t.id = g.task_id where g.id = ?", id));
    }

    @Bean
    PlanOwnedIds sectionIds(JdbcClient jdbc) {
        return PlanOwnedIds.of("sectionId", id -> planOf(jdbc, "select plan_id from plan_node where id = ?", id));
    }

    static Optional<Long> planOf(JdbcClient jdbc, String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).optional();
    }
}

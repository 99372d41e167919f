package org.greenplan.plan.internal;

import org.greenplan.plan.PlanOwnedIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids this module owns as URLs name them: plans, tasks, targets and sections (headings). */
@Configuration(proxyBeanMethods = false)
class PlanIdKinds {
    @Bean
    PlanOwnedIds planIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("planId", jdbc, "select id from plan where id = ?");
    }

    @Bean
    PlanOwnedIds taskIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("taskId", jdbc, "select plan_id from task where id = ?");
    }

    @Bean
    PlanOwnedIds targetIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery(
                "targetId", jdbc, "select t.plan_id from target g join task t on t.id = g.task_id where g.id = ?");
    }

    @Bean
    PlanOwnedIds sectionIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("sectionId", jdbc, "select plan_id from plan_node where id = ?");
    }
}

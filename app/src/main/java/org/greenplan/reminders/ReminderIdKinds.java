package org.greenplan.reminders;

import org.greenplan.plan.PlanOwnedIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 催办单 ids as URLs name them ({@code urgingId}), with the plan each was issued for. */
@Configuration(proxyBeanMethods = false)
class ReminderIdKinds {
    @Bean
    PlanOwnedIds urgingIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("urgingId", jdbc, "select plan_id from urging where id = ?");
    }
}

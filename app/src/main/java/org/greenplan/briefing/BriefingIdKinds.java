package org.greenplan.briefing;

import org.greenplan.plan.PlanOwnedIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids this module owns as URLs name them, each with its plan: briefings (通报) and their schedules. */
@Configuration(proxyBeanMethods = false)
class BriefingIdKinds {
    @Bean
    PlanOwnedIds briefingIds(JdbcClient jdbc) {
        return PlanOwnedIds.of(
                "briefingId",
                id -> jdbc.sql("select plan_id from briefing where id = ?")
                        .param(id)
                        .query(Long.class)
                        .optional());
    }

    @Bean
    PlanOwnedIds briefingScheduleIds(JdbcClient jdbc) {
        return PlanOwnedIds.of(
                "scheduleId",
                id -> jdbc.sql("select plan_id from briefing_schedule where id = ?")
                        .param(id)
                        .query(Long.class)
                        .optional());
    }
}

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
        return PlanOwnedIds.byQuery("briefingId", jdbc, "select plan_id from briefing where id = ?");
    }

    @Bean
    PlanOwnedIds briefingScheduleIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("scheduleId", jdbc, "select plan_id from briefing_schedule where id = ?");
    }
}

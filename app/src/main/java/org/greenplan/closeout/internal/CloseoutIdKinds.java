package org.greenplan.closeout.internal;

import org.greenplan.plan.PlanOwnedIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids this module owns as URLs name them, each with its plan: close-out requests and their evidence. */
@Configuration(proxyBeanMethods = false)
class CloseoutIdKinds {
    @Bean
    PlanOwnedIds closeoutRequestIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("requestId", jdbc, "select plan_id from closeout_request where id = ?");
    }

    @Bean
    PlanOwnedIds evidenceIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("evidenceId", jdbc, """
                        select r.plan_id from closeout_evidence e join closeout_request r on r.id = e.request_id
                        where e.id = ?""");
    }
}

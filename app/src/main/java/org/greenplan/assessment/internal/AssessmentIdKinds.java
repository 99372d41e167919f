package org.greenplan.assessment.internal;

import org.greenplan.plan.PlanOwnedIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assessment round ids as URLs name them ({@code roundId}), with the plan each round assesses. */
@Configuration(proxyBeanMethods = false)
class AssessmentIdKinds {
    @Bean
    PlanOwnedIds roundIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("roundId", jdbc, "select plan_id from assessment_round where id = ?");
    }
}

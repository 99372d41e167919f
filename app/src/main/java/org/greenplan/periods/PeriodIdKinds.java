package org.greenplan.periods;

import org.greenplan.plan.PlanOwnedIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ids this module owns as URLs name them, each with the plan it belongs to: reporting periods, lock
 * exceptions (补报 permissions) and extension requests (延期申请).
 */
@Configuration(proxyBeanMethods = false)
class PeriodIdKinds {
    @Bean
    PlanOwnedIds periodIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("periodId", jdbc, "select plan_id from reporting_period where id = ?");
    }

    @Bean
    PlanOwnedIds lockExceptionIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("exceptionId", jdbc, """
                        select p.plan_id from period_lock_exception e join reporting_period p on p.id = e.period_id
                        where e.id = ?""");
    }

    @Bean
    PlanOwnedIds extensionIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("extensionId", jdbc, """
                        select p.plan_id from extension_request e join reporting_period p on p.id = e.period_id
                        where e.id = ?""");
    }
}

package org.greenplan.periods;

import java.util.Optional;
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
        return PlanOwnedIds.of("periodId", id -> planOf(jdbc, "select plan_id from reporting_period where id = ?", id));
    }

    @Bean
    PlanOwnedIds lockExceptionIds(JdbcClient jdbc) {
        return PlanOwnedIds.of(
                "exceptionId",
                id -> planOf(
                        jdbc,
                        "select p.plan_id from period_lock_exception e join reporting_period p on p.id = e.period_id"
                                + " where e.id = ?",
                        id));
    }

    @Bean
    PlanOwnedIds extensionIds(JdbcClient jdbc) {
        return PlanOwnedIds.of(
                "extensionId",
                id -> planOf(
                        jdbc,
                        "select p.plan_id from extension_request e join reporting_period p on p.id = e.period_id"
                                + " where e.id = ?",
                        id));
    }

    private static Optional<Long> planOf(JdbcClient jdbc, String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).optional();
    }
}

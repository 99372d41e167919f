package org.greenplan.progress.internal;

import org.greenplan.plan.PlanOwnedIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids this module owns as URLs name them, each with its plan: progress reports and their attachments. */
@Configuration(proxyBeanMethods = false)
class ReportIdKinds {
    @Bean
    PlanOwnedIds reportIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("reportId", jdbc, "select plan_id from progress_report where id = ?");
    }

    @Bean
    PlanOwnedIds attachmentIds(JdbcClient jdbc) {
        return PlanOwnedIds.byQuery("attachmentId", jdbc, """
                        select r.plan_id from progress_attachment a join progress_report r on r.id = a.report_id
                        where a.id = ?""");
    }
}

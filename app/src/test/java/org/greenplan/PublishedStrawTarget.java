package org.greenplan;

import org.greenplan.planimport.PlanImporter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 宿州 sample published on an empty database, with the ids of its task 10 and that task's target as
 * the document prints it: 秸秆综合利用率 ≥ 92 % (“秸秆综合利用率达92%以上”).
 *
 * @param planId   the published plan
 * @param taskId   task 10 (printed number 10)
 * @param targetId the target 秸秆综合利用率, AT_LEAST 92, unit %
 */
public record PublishedStrawTarget(long planId, long taskId, long targetId) {

    /**
     * Empties the database, imports and publishes the sample, and looks the task and target up.
     *
     * @throws org.springframework.dao.EmptyResultDataAccessException when the parse no longer yields them
     */
    public static PublishedStrawTarget publish(PlanImporter importer, JdbcClient jdbc) {
        DatabaseCleaner.clean(jdbc);
        long planId = importer.importAndPublish(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU)
                .planId();
        long taskId = jdbc.sql("select id from task where plan_id = ? and number = '10'")
                .param(planId)
                .query(Long.class)
                .single();
        long targetId = jdbc.sql("""
                        select id from target where task_id = ? and indicator = '秸秆综合利用率'
                            and comparator = 'AT_LEAST' and value = 92 and unit = '%'""").param(taskId).query(Long.class).single();
        return new PublishedStrawTarget(planId, taskId, targetId);
    }
}

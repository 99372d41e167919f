package org.greenplan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenplan.CountingStatements;
import org.greenplan.CountingStatements.Counted;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.targets.TargetTracking;
import org.greenplan.targets.TrackedTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Supervision reads a plan's targets together: a fixed number of SQL statements whatever the number of tasks,
 * targets and values (counted on the connection, on the 宿州 scenario of 34 tasks). Measured: 20 statements for
 * the plan or one task, 3 of them for the targets; read task by task, the targets alone took 3 per target
 * (51 for the plan's 17).
 */
@IntegrationTest
@Import(CountingStatements.class)
class SupervisionQueriesIntegrationTests {
    private static final LocalDate JUNE_30 = SupervisionScenario.june30();

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    TargetTracking tracking;

    @Autowired
    PlanCatalog catalog;

    SupervisionScenario scenario;
    long planId;
    List<Long> targetIds;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
        targetIds = jdbc.sql(
                        "select g.id from target g join task t on t.id = g.task_id where t.plan_id = ? order by g.id")
                .param(planId)
                .query(Long.class)
                .list();
    }

    @Test
    void aPlanIsSupervisedWithAFixedNumberOfStatementsWhateverItsTargetsAndValues() {
        Counted<PlanSupervision> scenarioOnly = CountingStatements.during(() -> supervision.ofPlan(planId, JUNE_30));
        giveEveryTargetThreeMonthsAndOneAMilestoneTable();

        Counted<PlanSupervision> everyTargetReported =
                CountingStatements.during(() -> supervision.ofPlan(planId, JUNE_30));
        Counted<Optional<SupervisedTask>> oneTask = CountingStatements.during(
                () -> supervision.ofTask(planId, scenario.straw().taskId(), JUNE_30));

        assertThat(targetIds).hasSizeGreaterThanOrEqualTo(10);
        assertThat(everyTargetReported.value().tasks()).hasSize(34);
        assertThat(everyTargetReported.statements())
                .as("statements for %d targets", targetIds.size())
                .isEqualTo(scenarioOnly.statements())
                .isEqualTo(oneTask.statements())
                .isLessThanOrEqualTo(24);
    }

    @Test
    void eachTaskReadAloneHasTheStatusItHasInThePlanWideReading() {
        giveEveryTargetThreeMonthsAndOneAMilestoneTable();
        PlanSupervision planWide = supervision.ofPlan(planId, JUNE_30);

        assertThat(planWide.tasks()).hasSize(34);
        assertThat(planWide.tasks().stream()
                        .map(SupervisedTask::status)
                        .distinct()
                        .count())
                .as("the scenario's tasks differ in status")
                .isGreaterThan(1);
        for (SupervisedTask task : planWide.tasks()) {
            assertThat(supervision.ofTask(planId, task.taskId(), JUNE_30))
                    .as("task %d read alone", task.taskId())
                    .contains(task);
        }
    }

    @Test
    void readingTargetsTaskByTaskTakesThreeStatementsPerTargetAndTheSameEvaluationsAsThePlanWide() {
        giveEveryTargetThreeMonthsAndOneAMilestoneTable();
        List<TaskView> tasks = catalog.tasks(planId, null);

        Counted<Map<Long, List<TrackedTarget>>> planWide =
                CountingStatements.during(() -> tracking.evaluateTasks(tasks, 2022, JUNE_30));
        Counted<List<List<TrackedTarget>>> taskByTask = CountingStatements.during(() ->
                tasks.stream().map(t -> tracking.evaluateTask(t, 2022, JUNE_30)).toList());

        assertThat(planWide.statements()).isEqualTo(3);
        assertThat(taskByTask.statements()).isEqualTo(3 * targetIds.size());
        assertThat(planWide.value().keySet())
                .containsExactlyElementsOf(tasks.stream().map(TaskView::id).toList());
        assertThat(List.copyOf(planWide.value().values())).isEqualTo(taskByTask.value());
        assertThat(tracking.evaluatePlan(planId, JUNE_30)).isEqualTo(planWide.value());
    }

    /** Three months of values for every target of the plan; the straw target gets a milestone table. */
    private void giveEveryTargetThreeMonthsAndOneAMilestoneTable() {
        for (long target : targetIds) {
            for (int month = 4; month <= 6; month++) {
                jdbc.sql("insert into reported_value (target_id, period, value, approximate) values (?, ?, ?, false)")
                        .params(target, LocalDate.of(2022, month, 1), 10 * month)
                        .update();
            }
        }
        long straw = scenario.straw().targetId();
        jdbc.sql("""
                        insert into target_setting (target_id, baseline, aggregation, pacing, tolerance, updated_at)
                        values (?, 80, null, 'MILESTONES', 0.10, now())""").param(straw).update();
        jdbc.sql("insert into target_milestone (target_id, due_on, value) values (?, date '2022-06-30', 86)")
                .param(straw)
                .update();
    }
}

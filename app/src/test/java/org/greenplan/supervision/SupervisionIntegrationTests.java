package org.greenplan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SupervisionIntegrationTests {
    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    SupervisionScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
    }

    @Test
    void aTaskReportedCompleteAndApprovedAwaitsCloseOutAndAnUnapprovedOneIsNotEvenThat() {
        PlanSupervision plan = supervision.ofPlan(scenario.straw().planId(), SupervisionScenario.june30());

        assertThat(plan.tasks()).hasSize(34);
        SupervisedTask approvedComplete = task(plan, scenario.taskIds().get(7));
        SupervisedTask unapprovedComplete = task(plan, scenario.taskIds().get(21));
        // 已完成 only after the office verifies (销号): 100 % reported and approved is on track, awaiting close-out
        assertThat(approvedComplete.status()).isEqualTo(TaskStatus.GREEN);
        assertThat(approvedComplete.reason().code()).isEqualTo("COMPLETED_REPORTED");
        assertThat(plan.count(TaskStatus.COMPLETED)).isZero();
        assertThat(unapprovedComplete.status()).isNotEqualTo(TaskStatus.COMPLETED);
        assertThat(unapprovedComplete.reason().code()).isNotEqualTo("COMPLETED_REPORTED");
        assertThat(approvedComplete.lastUpdate()).isEqualTo(SupervisionScenario.june30());
    }

    @Test
    void theStrawTargetBelowPaceMakesItsTaskLagWithTheIndicatorInTheReason() {
        SupervisedTask straw = supervision
                .ofTask(scenario.straw().planId(), scenario.straw().taskId(), SupervisionScenario.june30())
                .orElseThrow();

        assertThat(straw.status()).isIn(TaskStatus.RED, TaskStatus.YELLOW);
        assertThat(straw.reason().args()).first().isEqualTo("秸秆综合利用率");
        // June's 86 % is submitted but not approved (index 9: i % 4 == 1), so May's 84 % counts.
        assertThat(straw.reason().args().get(1)).isEqualTo("84%");
    }

    @Test
    void exactlyTheTasksReportedCompleteAndApprovedInJuneAwaitCloseOut() {
        PlanSupervision plan = supervision.ofPlan(scenario.straw().planId(), SupervisionScenario.june30());

        // The scenario reports 100 % in June for i % 7 == 0, skips June for i % 5 == 0 and leaves i % 4 == 1
        // unapproved; the silent unit's tasks report nothing.
        List<Long> reportedComplete = scenario.tasksWhere(i -> i % 7 == 0 && i % 5 != 0 && i % 4 != 1);
        List<Long> expected = plan.tasks().stream()
                .filter(t -> reportedComplete.contains(t.taskId()))
                .filter(t -> t.unitIds().get(0) != scenario.silentUnitId())
                .map(SupervisedTask::taskId)
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(plan.tasks())
                .filteredOn(t -> t.reason().code().equals("COMPLETED_REPORTED"))
                .allMatch(t -> t.status() == TaskStatus.GREEN)
                .extracting(SupervisedTask::taskId)
                .containsExactlyElementsOf(expected);
        assertThat(plan.withStatus(TaskStatus.COMPLETED)).isEmpty();
        assertThat(plan.counts().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(34);
        assertThat(plan.ofUnit(scenario.silentUnitId())).isNotEmpty();
    }

    @Test
    void aDateBeforeJuneReadsTheMayReportsEvenWhereJuneIsApprovedToo() {
        long planId = scenario.straw().planId();
        List<Long> updatedInJune = supervision.ofPlan(planId, SupervisionScenario.june30()).tasks().stream()
                .filter(t -> SupervisionScenario.june30().equals(t.lastUpdate()))
                .map(SupervisedTask::taskId)
                .toList();

        PlanSupervision may = supervision.ofPlan(planId, java.time.LocalDate.of(2022, 5, 31));

        assertThat(updatedInJune).isNotEmpty();
        assertThat(may.tasks())
                .filteredOn(t -> updatedInJune.contains(t.taskId()))
                .extracting(SupervisedTask::lastUpdate)
                .containsOnly(java.time.LocalDate.of(2022, 5, 31));
    }

    @Test
    void oneTaskReadsTheSameAsInThePlan() {
        PlanSupervision plan = supervision.ofPlan(scenario.straw().planId(), SupervisionScenario.june30());

        for (SupervisedTask task : plan.tasks()) {
            assertThat(supervision.ofTask(task.planId(), task.taskId(), plan.on()))
                    .contains(task);
        }
        assertThat(supervision.ofTask(scenario.straw().planId(), -1, plan.on())).isEmpty();
    }

    private static SupervisedTask task(PlanSupervision plan, long taskId) {
        return plan.tasks().stream()
                .filter(t -> t.taskId() == taskId)
                .findFirst()
                .orElseThrow();
    }
}

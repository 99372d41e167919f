package org.greenplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.UnitTaskCount;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.progress.SubmissionMatrix.Timeliness;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every count of the assessment equals what Supervision and the submission matrix give on the 宿州 scenario. */
@IntegrationTest
class AssessmentScoresIntegrationTests {
    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    SubmissionMatrix matrix;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    Assessments assessments;

    SupervisionScenario scenario;
    long planId;
    long june;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
        june = scenario.periodIds().get(2);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void taskCountsOfEveryUnitEqualSupervision() {
        ScoreSheet sheet = assessments.sheet(SupervisionScenario.office(), planId, june);
        PlanSupervision plan = supervision.ofPlan(planId, SupervisionScenario.june30());

        assertThat(sheet.on()).isEqualTo(SupervisionScenario.june30());
        List<UnitTaskCount> units = catalog.units(planId);
        assertThat(sheet.scores()).hasSameSizeAs(units);
        for (UnitTaskCount unit : units) {
            UnitScore score = sheet.of(unit.unitId()).orElseThrow();
            List<SupervisedTask> tasks = plan.ofUnit(unit.unitId());
            assertThat(score.tasks()).as(unit.name()).isEqualTo(tasks.size()).isEqualTo(unit.tasks());
            assertThat(List.of(
                            score.green(),
                            score.yellow(),
                            score.red(),
                            score.stagnant(),
                            score.completed(),
                            score.cancelled()))
                    .as(unit.name())
                    .containsExactly(
                            count(tasks, TaskStatus.GREEN),
                            count(tasks, TaskStatus.YELLOW),
                            count(tasks, TaskStatus.RED),
                            count(tasks, TaskStatus.STAGNANT),
                            count(tasks, TaskStatus.COMPLETED),
                            count(tasks, TaskStatus.CANCELLED));
        }
        assertThat(sheet.scores().stream().mapToInt(UnitScore::red).sum())
                .as("red tasks counted once per unit they name")
                .isEqualTo(plan.withStatus(TaskStatus.RED).stream()
                        .mapToInt(t -> t.unitIds().size())
                        .sum());
    }

    @Test
    void reportCountsOfEveryUnitEqualTheSubmissionMatricesOfTheThreeMonths() {
        ScoreSheet sheet = assessments.sheet(SupervisionScenario.office(), planId, june);
        List<SubmissionMatrix.Matrix> months = scenario.periodIds().stream()
                .map(p -> matrix.of(SupervisionScenario.office(), planId, p))
                .toList();

        assertThat(sheet.periods()).containsExactly("2022-04", "2022-05", "2022-06");
        for (UnitScore score : sheet.scores()) {
            assertThat(List.of(
                            score.reportsExpected(),
                            score.reportsOnTime(),
                            score.reportsLate(),
                            score.reportsMissing()))
                    .as(score.unitName())
                    .containsExactly(
                            months.stream()
                                    .mapToInt(m -> m.ofUnit(score.unitId()).size())
                                    .sum(),
                            cells(months, score.unitId(), Timeliness.ON_TIME),
                            cells(months, score.unitId(), Timeliness.LATE),
                            cells(months, score.unitId(), Timeliness.MISSING));
        }
        assertThat(sheet.scores().stream().mapToLong(UnitScore::reportsMissing).sum())
                .isEqualTo(months.stream()
                        .mapToLong(m -> m.count(Timeliness.MISSING))
                        .sum());
        assertThat(sheet.scores().stream().mapToLong(UnitScore::reportsLate).sum())
                .as("May's late reports: tasks i % 3 == 0 whose first unit reports")
                .isEqualTo(lateInMay())
                .isEqualTo(months.get(1).count(Timeliness.LATE));
    }

    @Test
    void theSilentUnitGetsTheMissingReportDeductionForEveryPeriod() {
        ScoreSheet sheet = assessments.sheet(SupervisionScenario.office(), planId, june);
        UnitScore silent = sheet.of(scenario.silentUnitId()).orElseThrow();
        int tasks = supervision
                .ofPlan(planId, SupervisionScenario.june30())
                .ofUnit(scenario.silentUnitId())
                .size();

        assertThat(tasks).isPositive();
        assertThat(silent.reportsExpected()).isEqualTo(3 * tasks);
        assertThat(silent.reportsMissing()).isEqualTo(3 * tasks);
        assertThat(silent.reportsOnTime() + silent.reportsLate()).isZero();
        assertThat(silent.missingDeduction()).isEqualByComparingTo(String.valueOf(3 * tasks));
        assertThat(silent.timeliness()).isEqualByComparingTo("0");
        assertThat(silent.approvedTasks()).isZero();
        assertThat(silent.completeness()).isEqualByComparingTo("0");
        // 50 × attainment % − 1 point per missing report, never below 0; no timeliness or completeness points
        java.math.BigDecimal expected = silent.attainment()
                .multiply(java.math.BigDecimal.valueOf(50))
                .divide(java.math.BigDecimal.valueOf(100))
                .subtract(java.math.BigDecimal.valueOf(3L * tasks))
                .max(java.math.BigDecimal.ZERO);
        assertThat(silent.computed()).isEqualByComparingTo(expected.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void upToAprilCountsOnlyAprilAndRanksHighestFirst() {
        ScoreSheet april = assessments.sheet(
                SupervisionScenario.office(), planId, scenario.periodIds().get(0));

        assertThat(april.periods()).containsExactly("2022-04");
        assertThat(april.scores().stream().mapToInt(UnitScore::reportsLate).sum())
                .isZero();
        UnitScore silent = april.of(scenario.silentUnitId()).orElseThrow();
        assertThat(silent.reportsMissing()).isEqualTo(silent.tasks());
        assertThat(april.scores())
                .extracting(UnitScore::computed)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private long lateInMay() {
        return scenario.tasksWhere(i -> i % 3 == 0).stream()
                .filter(task -> jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                                .param(task)
                                .query(Long.class)
                                .single()
                        != scenario.silentUnitId())
                .count();
    }

    private static int count(List<SupervisedTask> tasks, TaskStatus status) {
        return (int) tasks.stream().filter(t -> t.status() == status).count();
    }

    private static int cells(List<SubmissionMatrix.Matrix> months, long unitId, Timeliness timeliness) {
        return (int) months.stream()
                .flatMap(m -> m.ofUnit(unitId).stream())
                .filter(c -> c.timeliness() == timeliness)
                .count();
    }
}

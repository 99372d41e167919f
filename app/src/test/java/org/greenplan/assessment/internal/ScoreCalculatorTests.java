package org.greenplan.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.assessment.ScoringRules;
import org.greenplan.assessment.UnitScore;
import org.greenplan.progress.SubmissionMatrix.Cell;
import org.greenplan.progress.SubmissionMatrix.Timeliness;
import org.greenplan.supervision.StatusReason;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.Attainment;
import org.junit.jupiter.api.Test;

class ScoreCalculatorTests {
    private static final ScoringRules DEFAULTS = ScoringRules.defaults(1);

    @Test
    void weighsStatusesTargetsReportsAndDeductsPerLateAndMissingReport() {
        List<SupervisedTask> tasks = List.of(
                task(1, TaskStatus.GREEN),
                task(2, TaskStatus.YELLOW),
                task(3, TaskStatus.RED),
                task(4, TaskStatus.CANCELLED));
        Map<Long, List<Attainment>> targets =
                Map.of(1L, List.of(Attainment.MET, Attainment.NOT_MET), 2L, List.of(Attainment.NOT_YET_EVALUABLE));
        List<Cell> cells = cells(
                Timeliness.ON_TIME,
                Timeliness.ON_TIME,
                Timeliness.ON_TIME,
                Timeliness.LATE,
                Timeliness.MISSING,
                Timeliness.MISSING);

        UnitScore score = ScoreCalculator.score(DEFAULTS, 7, "市发展改革委", tasks, targets, cells, Set.of(1L, 4L));

        assertThat(List.of(score.tasks(), score.green(), score.yellow(), score.red(), score.cancelled()))
                .containsExactly(4, 1, 1, 1, 1);
        assertThat(score.scoredTasks()).isEqualTo(3);
        assertThat(List.of(score.targetsMet(), score.targetsJudged())).containsExactly(1, 2);
        // status points 100 + 60 + 0 and targets 100 + 0, pooled over 3 tasks and 2 judged targets: 260 / 500
        assertThat(score.attainment()).isEqualByComparingTo("52.00");
        assertThat(List.of(score.reportsExpected(), score.reportsOnTime(), score.reportsLate(), score.reportsMissing()))
                .containsExactly(6, 3, 1, 2);
        assertThat(score.timeliness()).isEqualByComparingTo("50.00");
        // the cancelled task 4 is not counted, so 1 of 3
        assertThat(score.approvedTasks()).isEqualTo(1);
        assertThat(score.completeness()).isEqualByComparingTo("33.33");
        assertThat(score.lateDeduction()).isEqualByComparingTo("0.50");
        assertThat(score.missingDeduction()).isEqualByComparingTo("2.00");
        // 26 + 15 + 6.666 − 0.5 − 2
        assertThat(score.computed()).isEqualByComparingTo("45.17");
    }

    @Test
    void aScoreNeverFallsBelowZero() {
        List<Cell> missing = cells(Timeliness.MISSING, Timeliness.MISSING, Timeliness.MISSING);

        UnitScore score = ScoreCalculator.score(
                DEFAULTS, 7, "市农业农村局", List.of(task(1, TaskStatus.RED)), Map.of(), missing, Set.of());

        assertThat(score.attainment()).isEqualByComparingTo("0");
        assertThat(score.missingDeduction()).isEqualByComparingTo("3.00");
        assertThat(score.computed()).isEqualByComparingTo("0.00");
    }

    @Test
    void aUnitWithNothingDueGetsFullMarks() {
        UnitScore score = ScoreCalculator.score(DEFAULTS, 7, "市林业局", List.of(), Map.of(), List.of(), Set.of());

        assertThat(score.attainment()).isEqualByComparingTo("100");
        assertThat(score.timeliness()).isEqualByComparingTo("100");
        assertThat(score.completeness()).isEqualByComparingTo("100");
        assertThat(score.computed()).isEqualByComparingTo("100.00");
    }

    @Test
    void aReportNotYetDueIsNeitherExpectedNorMissing() {
        ScoringRules onlyTimeliness =
                new ScoringRules(1, 0, 100, 0, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, 0);

        UnitScore score = ScoreCalculator.score(
                onlyTimeliness,
                7,
                "市生态环境局",
                List.of(task(1, TaskStatus.GREEN)),
                Map.of(),
                cells(Timeliness.ON_TIME, Timeliness.NOT_DUE, Timeliness.NOT_DUE),
                Set.of());

        assertThat(List.of(score.reportsExpected(), score.reportsOnTime(), score.reportsLate(), score.reportsMissing()))
                .containsExactly(1, 1, 0, 0);
        assertThat(score.timeliness()).isEqualByComparingTo("100.00");
        assertThat(score.computed()).isEqualByComparingTo("100.00");
    }

    @Test
    void weightsChangeTheScore() {
        ScoringRules onlyTimeliness =
                new ScoringRules(1, 0, 100, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);

        UnitScore score = ScoreCalculator.score(
                onlyTimeliness,
                7,
                "市水利局",
                List.of(task(1, TaskStatus.RED)),
                Map.of(),
                cells(Timeliness.ON_TIME, Timeliness.LATE, Timeliness.LATE, Timeliness.LATE),
                Set.of());

        assertThat(score.computed()).isEqualByComparingTo("25.00");
    }

    @Test
    void statusPointsFollowTheLights() {
        assertThat(ScoreCalculator.statusPoints(TaskStatus.COMPLETED)).isEqualTo(100);
        assertThat(ScoreCalculator.statusPoints(TaskStatus.GREEN)).isEqualTo(100);
        assertThat(ScoreCalculator.statusPoints(TaskStatus.YELLOW)).isEqualTo(60);
        assertThat(ScoreCalculator.statusPoints(TaskStatus.STAGNANT)).isEqualTo(40);
        assertThat(ScoreCalculator.statusPoints(TaskStatus.RED)).isZero();
    }

    private static SupervisedTask task(long id, TaskStatus status) {
        StatusReason reason = StatusReason.of("ON_TRACK");
        return new SupervisedTask(
                1,
                id,
                String.valueOf(id),
                List.of(String.valueOf(id)),
                "任务" + id,
                null,
                List.of(7L),
                7L,
                status,
                reason,
                List.of(reason),
                null,
                List.of());
    }

    private static List<Cell> cells(Timeliness... timeliness) {
        long task = 1;
        List<Cell> cells = new java.util.ArrayList<>();
        for (Timeliness t : timeliness) {
            cells.add(new Cell(7, task++, null, null, t));
        }
        return cells;
    }
}

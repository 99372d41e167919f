package org.greenplan.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service against the database, on task 10 of the 宿州 sample (秸秆综合利用率 ≥ 92 %). */
@IntegrationTest
class TargetTrackingIntegrationTests {
    private static final LocalDate JUNE = LocalDate.of(2022, 6, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2022, 6, 30);

    @Autowired
    TargetTracking tracking;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    long planId;
    long taskId;
    long targetId;

    @BeforeEach
    void importSuzhou() {
        PublishedStrawTarget sample = PublishedStrawTarget.publish(importer, jdbc);
        planId = sample.planId();
        taskId = sample.taskId();
        targetId = sample.targetId();
    }

    @Test
    void aTargetWithoutSettingsUsesTheDefaults() {
        TrackedTarget target = tracking.evaluateTarget(planId, taskId, targetId, JUNE_30);

        assertThat(target.planYear()).isEqualTo(2022);
        assertThat(target.settings()).isEqualTo(EvaluationSettings.defaults());
        assertThat(target.evaluation().status()).isEqualTo(TargetStatus.NOT_EVALUABLE);
    }

    @Test
    void settingsAndTheirMilestonesAreStoredAndReplaced() {
        List<Milestone> table = List.of(new Milestone(JUNE_30, new BigDecimal("89")));
        tracking.saveSettings(
                planId,
                taskId,
                targetId,
                new EvaluationSettings(new BigDecimal("86"), Aggregation.MAX, Pacing.MILESTONES, table, null));
        EvaluationSettings replaced =
                new EvaluationSettings(new BigDecimal("87.5"), null, Pacing.BACK_LOADED, null, new BigDecimal("0.25"));

        tracking.saveSettings(planId, taskId, targetId, replaced);

        EvaluationSettings stored =
                tracking.evaluateTarget(planId, taskId, targetId, JUNE_30).settings();
        assertThat(stored.baseline()).isEqualByComparingTo("87.5");
        assertThat(stored.aggregation()).isNull();
        assertThat(stored.pacing()).isEqualTo(Pacing.BACK_LOADED);
        assertThat(stored.milestones()).isEmpty();
        assertThat(stored.tolerance()).isEqualByComparingTo("0.25");
    }

    @Test
    void aCorrectionForAMonthCountsAndTheEarlierEntryStaysAsHistory() {
        tracking.recordValue(planId, taskId, targetId, JUNE, new BigDecimal("88"), false, null);
        tracking.recordValue(planId, taskId, targetId, JUNE, new BigDecimal("87"), true, "更正");

        TrackedTarget target = tracking.evaluateTarget(planId, taskId, targetId, JUNE_30);

        assertThat(target.values())
                .extracting(ReportedValue::value)
                .map(BigDecimal::toPlainString)
                .containsExactly("88", "87");
        assertThat(target.values().get(1).approximate()).isTrue();
        assertThat(target.values().get(1).note()).isEqualTo("更正");
        assertThat(target.evaluation().actual()).isEqualByComparingTo("87");
    }

    @Test
    void aPeriodOutsideThePlanYearIsRefused() {
        assertThatThrownBy(() -> tracking.recordValue(
                        planId, taskId, targetId, LocalDate.of(2023, 1, 1), BigDecimal.ONE, false, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("select count(*) from reported_value")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTargetOfAnotherTaskIsNotFound() {
        long otherTask = jdbc.sql("select id from task where plan_id = ? and number = '1'")
                .param(planId)
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> tracking.evaluateTarget(planId, otherTask, targetId, JUNE_30))
                .isInstanceOf(NoSuchElementException.class);
    }
}

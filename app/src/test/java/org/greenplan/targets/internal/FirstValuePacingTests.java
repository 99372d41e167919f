package org.greenplan.targets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenplan.parser.targets.TargetComparator.AT_LEAST;
import static org.greenplan.parser.targets.TargetComparator.AT_MOST;
import static org.greenplan.targets.internal.Fixtures.YEAR;
import static org.greenplan.targets.internal.Fixtures.day;
import static org.greenplan.targets.internal.Fixtures.month;
import static org.greenplan.targets.internal.Fixtures.n;
import static org.greenplan.targets.internal.Fixtures.settings;
import static org.greenplan.targets.internal.Fixtures.values;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.MonthPoint;
import org.greenplan.targets.PaceBasis;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.ReportedValue;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TargetTerms;
import org.junit.jupiter.api.Test;

/**
 * A target without a baseline is paced from its first reported value: a line from that value at the end
 * of its month to the goal at the task's deadline, or on 31 December when the task has none.
 */
class FirstValuePacingTests {
    private static final TargetTerms STRAW = Fixtures.target("秸秆综合利用率", AT_LEAST, "92", "%");
    private static final EvaluationSettings NO_BASELINE = EvaluationSettings.defaults();

    private static EvaluationOutcome evaluate(LocalDate deadline, List<ReportedValue> values, LocalDate on) {
        return TargetEvaluator.evaluate(STRAW, NO_BASELINE, YEAR, deadline, values, on);
    }

    @Test
    void aRateWithoutBaselineIsPacedFromItsFirstValueToTheGoalAtTheYearsEnd() {
        // 85 % for March (31 March), ≥ 92 % by 31 December: 85 + 7 × 91/275 = 87.3164 on 30 June
        EvaluationOutcome e = evaluate(null, values(month(3, "85")), day(6, 30));

        assertThat(e.paceBasis()).isEqualTo(PaceBasis.FIRST_VALUE);
        assertThat(e.paceFrom()).isEqualTo(day(3, 31));
        assertThat(e.paceStart()).isEqualByComparingTo("85");
        assertThat(e.paceTo()).isEqualTo(day(12, 31));
        assertThat(e.expected()).isEqualByComparingTo("87.3164");
    }

    @Test
    void theFirstValuePaceEndsAtTheTasksDeadline() {
        // 85 % for March, ≥ 92 % by 30 June: 85 + 7 × 45/91 = 88.4615 on 15 May; the goal itself on 30 June
        List<ReportedValue> march = values(month(3, "85"));

        assertThat(evaluate(day(6, 30), march, day(5, 15)).expected()).isEqualByComparingTo("88.4615");
        assertThat(evaluate(day(6, 30), march, day(6, 30)).expected()).isEqualByComparingTo("92");
        assertThat(evaluate(day(6, 30), march, day(6, 30)).paceTo()).isEqualTo(day(6, 30));
    }

    @Test
    void laterValuesDoNotMoveTheStartButAreJudgedAgainstThePace() {
        // 83 for April, 84 for May: expected 83 + 9 × 61/245 = 85.2408 on 30 June; 84 is 1.24 behind,
        // more than 10 % of the planned change of 9 points → red
        EvaluationOutcome behind = evaluate(null, values(month(4, "83"), month(5, "84")), day(6, 30));

        assertThat(behind.paceStart()).isEqualByComparingTo("83");
        assertThat(behind.expected()).isEqualByComparingTo("85.2408");
        assertThat(behind.status()).isEqualTo(TargetStatus.RED);

        // 80 for April, 84 for May: expected 80 + 12 × 61/245 = 82.9878; 84 is ahead of pace, yet not the goal
        EvaluationOutcome ahead = evaluate(null, values(month(4, "80"), month(5, "84")), day(6, 30));

        assertThat(ahead.expected()).isEqualByComparingTo("82.9878");
        assertThat(ahead.status()).isEqualTo(TargetStatus.GREEN);
        assertThat(ahead.attainment()).isEqualTo(Attainment.NOT_MET);
        assertThat(ahead.onPaceButNotMet()).isTrue();
    }

    @Test
    void slightlyBehindTheFirstValuePaceIsYellowWithinTenPercentOfThePlannedChange() {
        // 80 for April, 82 for June: expected 82.9878 on 30 June; 0.99 behind, within 1.2 (10 % of 12)
        EvaluationOutcome e = evaluate(null, values(month(4, "80"), month(6, "82")), day(6, 30));

        assertThat(e.status()).isEqualTo(TargetStatus.YELLOW);
    }

    @Test
    void withoutBaselineOrValueThereIsNoExpectedValueAndTheOutcomeSaysWhatItNeeds() {
        EvaluationOutcome e = evaluate(day(9, 30), List.of(), day(6, 30));

        assertThat(e.paceBasis()).isEqualTo(PaceBasis.NEEDS_VALUE);
        assertThat(e.expected()).isNull();
        assertThat(e.paceStart()).isNull();
        assertThat(e.paceTo()).isEqualTo(day(9, 30));
        assertThat(e.status()).isEqualTo(TargetStatus.NOT_EVALUABLE);
    }

    @Test
    void aFirstValueOnOrAfterTheDeadlineLeavesNothingToPaceSoTheLightComparesWithTheGoal() {
        // first reported for July, deadline 30 June: 88 is 4 below 92, within 10 % of 92 → yellow
        EvaluationOutcome e = evaluate(day(6, 30), values(month(7, "88")), day(7, 31));

        assertThat(e.paceBasis()).isEqualTo(PaceBasis.GOAL_ONLY);
        assertThat(e.expected()).isNull();
        assertThat(e.status()).isEqualTo(TargetStatus.YELLOW);
    }

    @Test
    void aFirstValueAlreadyAtTheGoalMustBeHeldThereNotPacedBackwards() {
        // 95 for March already meets ≥ 92; 91 in May falls back below it: expected stays 92, 1 behind → red
        EvaluationOutcome e = evaluate(null, values(month(3, "95"), month(5, "91")), day(5, 31));

        assertThat(e.expected()).isEqualByComparingTo("92");
        assertThat(e.attainment()).isEqualTo(Attainment.NOT_MET);
        assertThat(e.status()).isEqualTo(TargetStatus.RED);
    }

    @Test
    void aLowerIsBetterTargetIsPacedDownFromItsFirstValue() {
        // 0.62 for February (28 Feb), ≤ 0.5 by 31 December: 0.62 − 0.12 × 122/306 = 0.5722 on 30 June
        TargetTerms intensity = Fixtures.target("单位GDP能耗", AT_MOST, "0.5", "吨标准煤/万元");

        EvaluationOutcome e =
                TargetEvaluator.evaluate(intensity, NO_BASELINE, YEAR, null, values(month(2, "0.62")), day(6, 30));

        assertThat(e.paceBasis()).isEqualTo(PaceBasis.FIRST_VALUE);
        assertThat(e.expected()).isEqualByComparingTo("0.5722");
    }

    @Test
    void beforeTheFirstMonthEndsTodaysExpectedValueIsTheFirstValueAndTheChartStartsThere() {
        EvaluationOutcome e = evaluate(null, values(month(3, "85")), day(3, 20));

        assertThat(e.expected()).isEqualByComparingTo("85");
        assertThat(e.status()).isEqualTo(TargetStatus.GREEN);
        List<MonthPoint> months =
                evaluate(null, values(month(3, "85")), day(12, 31)).months();
        assertThat(months.get(1).expected())
                .as("February, before the first value")
                .isNull();
        assertThat(months.get(2).expected()).isEqualByComparingTo("85");
        assertThat(months.get(11).month()).isEqualTo(YearMonth.of(YEAR, 12));
        assertThat(months.get(11).expected()).isEqualByComparingTo("92");
    }

    @Test
    void aWithdrawnFirstValueNoLongerAnchorsThePace() {
        ReportedValue withdrawn = new ReportedValue(
                1,
                day(3, 1),
                n("70"),
                false,
                Instant.parse("2022-04-02T00:00:00Z"),
                null,
                null,
                Instant.parse("2022-04-03T00:00:00Z"),
                "录入错误");

        EvaluationOutcome e = evaluate(null, values(withdrawn, month(4, "83")), day(6, 30));

        assertThat(e.paceFrom()).isEqualTo(day(4, 30));
        assertThat(e.paceStart()).isEqualByComparingTo("83");
    }

    @Test
    void aValueMeasuredOnADayStartsThePaceThatDay() {
        // measured 85 on 15 March: 85 + 7 × 107/291 = 87.5739 on 30 June
        ReportedValue measured =
                new ReportedValue(day(3, 15), n("85"), false, Instant.parse("2022-03-16T00:00:00Z"), null);

        EvaluationOutcome e = evaluate(null, values(measured), day(6, 30));

        assertThat(e.paceFrom()).isEqualTo(day(3, 15));
        assertThat(e.expected()).isEqualByComparingTo("87.5739");
    }

    @Test
    void aBaselineStillPacesFromFirstJanuaryWhateverWasReported() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                STRAW, settings("86", Pacing.LINEAR, "0.10"), YEAR, day(6, 30), values(month(3, "85")), day(6, 30));

        assertThat(e.paceBasis()).isEqualTo(PaceBasis.BASELINE);
        assertThat(e.paceFrom()).isEqualTo(day(1, 1));
        assertThat(e.expected())
                .as("86 + 6 × 180/364, to 31 December as before")
                .isEqualByComparingTo("88.967");
    }
}

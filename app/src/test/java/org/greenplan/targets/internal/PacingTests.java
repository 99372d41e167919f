package org.greenplan.targets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenplan.parser.targets.TargetComparator.AT_LEAST;
import static org.greenplan.targets.internal.Fixtures.YEAR;
import static org.greenplan.targets.internal.Fixtures.baseline;
import static org.greenplan.targets.internal.Fixtures.day;
import static org.greenplan.targets.internal.Fixtures.n;
import static org.greenplan.targets.internal.Fixtures.settings;
import static org.greenplan.targets.internal.Fixtures.target;

import java.time.LocalDate;
import java.util.List;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Milestone;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.TargetTerms;
import org.junit.jupiter.api.Test;

/** The expected value on a day of the plan year. */
class PacingTests {
    private static final TargetTerms STRAW = target("秸秆综合利用率", AT_LEAST, "92", "%");

    private static java.math.BigDecimal expected(TargetTerms terms, EvaluationSettings settings, LocalDate on) {
        return TargetEvaluator.evaluate(terms, settings, YEAR, List.of(), on).expected();
    }

    @Test
    void linearStartsAtTheBaselineOnFirstJanuary() {
        assertThat(expected(STRAW, baseline("86"), day(1, 1))).isEqualByComparingTo("86");
    }

    @Test
    void linearReachesTheGoalOnThirtyFirstDecember() {
        assertThat(expected(STRAW, baseline("86"), day(12, 31))).isEqualByComparingTo("92");
    }

    @Test
    void linearOnThirtiethJuneIsTheShareOfDaysElapsed() {
        // 180 of 364 days from 1 January to 31 December: 86 + 6 × 180/364 = 88.967
        assertThat(expected(STRAW, baseline("86"), day(6, 30))).isEqualByComparingTo("88.967");
    }

    @Test
    void afterTheYearTheExpectedValueStaysAtTheGoal() {
        assertThat(expected(STRAW, baseline("86"), LocalDate.of(2023, 3, 1))).isEqualByComparingTo("92");
    }

    @Test
    void backLoadedIsQuadraticInTheShareOfTheYear() {
        // t = 180/364 = 0.4945…, t² = 0.2445…: 86 + 6 × 0.2445 = 87.4672
        assertThat(expected(STRAW, settings("86", Pacing.BACK_LOADED, "0.10"), day(6, 30)))
                .isEqualByComparingTo("87.4672");
    }

    @Test
    void milestonesAreStepsHeldUntilTheNextOne() {
        EvaluationSettings table = settings(
                "86",
                Pacing.MILESTONES,
                "0.10",
                new Milestone(day(6, 30), n("89")),
                new Milestone(day(12, 31), n("92")));

        assertThat(expected(STRAW, table, day(6, 29))).isEqualByComparingTo("86");
        assertThat(expected(STRAW, table, day(6, 30))).isEqualByComparingTo("89");
        assertThat(expected(STRAW, table, day(11, 30))).isEqualByComparingTo("89");
    }

    @Test
    void cumulativeTargetsArePacedFromZero() {
        TargetTerms newCapacity = target("新增可再生能源发电装机", AT_LEAST, "150000", "kW");

        assertThat(expected(newCapacity, EvaluationSettings.defaults(), day(12, 31)))
                .isEqualByComparingTo("150000");
        assertThat(expected(newCapacity, EvaluationSettings.defaults(), day(1, 1)))
                .isEqualByComparingTo("0");
    }

    @Test
    void aRateWithoutBaselineHasNoLinearPace() {
        assertThat(expected(STRAW, EvaluationSettings.defaults(), day(6, 30))).isNull();
    }
}

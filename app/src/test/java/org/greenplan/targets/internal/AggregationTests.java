package org.greenplan.targets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenplan.parser.targets.TargetComparator.AT_LEAST;
import static org.greenplan.targets.internal.Fixtures.YEAR;
import static org.greenplan.targets.internal.Fixtures.day;
import static org.greenplan.targets.internal.Fixtures.month;
import static org.greenplan.targets.internal.Fixtures.n;
import static org.greenplan.targets.internal.Fixtures.target;
import static org.greenplan.targets.internal.Fixtures.values;

import java.time.Instant;
import java.time.LocalDate;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.ReportedValue;
import org.greenplan.targets.TargetTerms;
import org.junit.jupiter.api.Test;

/** How reported values combine into the current value. */
class AggregationTests {
    private static final TargetTerms STRAW = target("秸秆综合利用率", AT_LEAST, "92", "%");
    private static final TargetTerms PROJECTS = target("完成节能改造项目", AT_LEAST, "12", "项");

    private static EvaluationSettings aggregation(Aggregation aggregation) {
        return new EvaluationSettings(null, aggregation, Pacing.LINEAR, null, null);
    }

    @Test
    void cumulativeCountsSumAcrossMonths() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                PROJECTS,
                EvaluationSettings.defaults(),
                YEAR,
                values(month(1, "2"), month(2, "3"), month(4, "1")),
                day(4, 30));

        assertThat(e.aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(e.actual()).isEqualByComparingTo("6");
    }

    @Test
    void ratesTakeTheLatestMonth() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                STRAW,
                EvaluationSettings.defaults(),
                YEAR,
                values(month(5, "90"), month(3, "87"), month(4, "91")),
                day(6, 30));

        assertThat(e.aggregation()).isEqualTo(Aggregation.LATEST);
        assertThat(e.actual()).isEqualByComparingTo("90");
    }

    @Test
    void maxTakesTheLargestWhenChosen() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                STRAW,
                aggregation(Aggregation.MAX),
                YEAR,
                values(month(3, "87"), month(4, "91"), month(5, "90")),
                day(6, 30));

        assertThat(e.actual()).isEqualByComparingTo("91");
    }

    @Test
    void theOfficeMayOverrideTheDefault() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                PROJECTS, aggregation(Aggregation.LATEST), YEAR, values(month(1, "2"), month(2, "3")), day(4, 30));

        assertThat(e.actual()).isEqualByComparingTo("3");
    }

    @Test
    void theLatestEntryForAPeriodReplacesEarlierOnes() {
        ReportedValue first = new ReportedValue(day(6, 1), n("3"), false, Instant.parse("2022-07-01T08:00:00Z"), null);
        ReportedValue corrected =
                new ReportedValue(day(6, 1), n("2"), false, Instant.parse("2022-07-02T08:00:00Z"), "更正");

        EvaluationOutcome e = TargetEvaluator.evaluate(
                PROJECTS, EvaluationSettings.defaults(), YEAR, values(corrected, first, month(5, "1")), day(6, 30));

        assertThat(e.actual()).isEqualByComparingTo("3");
    }

    @Test
    void valuesAfterTheEvaluationDateOrOutsideThePlanYearDoNotCount() {
        ReportedValue lastYear = new ReportedValue(LocalDate.of(2021, 12, 1), n("5"), false, Instant.EPOCH, null);

        EvaluationOutcome e = TargetEvaluator.evaluate(
                PROJECTS,
                EvaluationSettings.defaults(),
                YEAR,
                values(lastYear, month(3, "2"), month(7, "4")),
                day(6, 30));

        assertThat(e.actual()).isEqualByComparingTo("2");
    }

    @Test
    void defaultIsLatestForRatesAndPercentages() {
        assertThat(Aggregation.defaultFor(STRAW)).isEqualTo(Aggregation.LATEST);
        assertThat(Aggregation.defaultFor(target("清洁能源占比", AT_LEAST, "30", null)))
                .isEqualTo(Aggregation.LATEST);
        assertThat(Aggregation.defaultFor(target("湿地保护", AT_LEAST, "1", "pp"))).isEqualTo(Aggregation.LATEST);
    }

    @Test
    void defaultIsSumForNewAndCompletedQuantitiesAndCounts() {
        assertThat(Aggregation.defaultFor(target("新增可再生能源发电装机", AT_LEAST, "150000", "kW")))
                .isEqualTo(Aggregation.SUM);
        assertThat(Aggregation.defaultFor(PROJECTS)).isEqualTo(Aggregation.SUM);
        assertThat(Aggregation.defaultFor(target("绿色工厂", AT_LEAST, "2", "家"))).isEqualTo(Aggregation.SUM);
    }

    @Test
    void defaultIsLatestForOtherLevels() {
        assertThat(Aggregation.defaultFor(target("能源消费总量", AT_LEAST, "1000000", "tce")))
                .isEqualTo(Aggregation.LATEST);
    }
}

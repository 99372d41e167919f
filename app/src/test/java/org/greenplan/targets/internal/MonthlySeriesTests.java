package org.greenplan.targets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenplan.parser.targets.TargetComparator.AT_LEAST;
import static org.greenplan.targets.internal.Fixtures.YEAR;
import static org.greenplan.targets.internal.Fixtures.baseline;
import static org.greenplan.targets.internal.Fixtures.day;
import static org.greenplan.targets.internal.Fixtures.month;
import static org.greenplan.targets.internal.Fixtures.target;
import static org.greenplan.targets.internal.Fixtures.values;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.MonthPoint;
import org.junit.jupiter.api.Test;

/** The twelve months behind the chart. */
class MonthlySeriesTests {

    @Test
    void aMonthWithoutReportIsAGapNotZero() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("秸秆综合利用率", AT_LEAST, "92", "%"),
                baseline("86"),
                YEAR,
                values(month(3, "87"), month(6, "88")),
                day(6, 30));

        List<BigDecimal> reported =
                e.months().stream().map(MonthPoint::reported).toList();
        assertThat(reported).hasSize(12);
        assertThat(reported.get(3)).isNull();
        assertThat(reported.get(2)).isEqualByComparingTo("87");
        assertThat(reported.get(5)).isEqualByComparingTo("88");
        assertThat(reported.subList(6, 12)).containsOnlyNulls();
    }

    @Test
    void cumulativeMonthsShowTheRunningTotal() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("完成节能改造项目", AT_LEAST, "12", "项"),
                EvaluationSettings.defaults(),
                YEAR,
                values(month(1, "2"), month(3, "3")),
                day(6, 30));

        assertThat(e.months().get(0).reported()).isEqualByComparingTo("2");
        assertThat(e.months().get(1).reported()).isNull();
        assertThat(e.months().get(2).reported()).isEqualByComparingTo("5");
    }

    @Test
    void everyMonthCarriesTheExpectedValueOnItsLastDay() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("秸秆综合利用率", AT_LEAST, "92", "%"), baseline("86"), YEAR, List.of(), day(6, 30));

        assertThat(e.months().get(0).month()).isEqualTo(YearMonth.of(YEAR, 1));
        assertThat(e.months().get(5).expected()).isEqualByComparingTo("88.967");
        assertThat(e.months().get(11).expected()).isEqualByComparingTo("92");
    }
}

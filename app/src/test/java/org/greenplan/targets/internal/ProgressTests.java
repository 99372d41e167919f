package org.greenplan.targets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenplan.parser.targets.TargetComparator.AT_LEAST;
import static org.greenplan.parser.targets.TargetComparator.AT_MOST;
import static org.greenplan.parser.targets.TargetComparator.INCREASE_BY;
import static org.greenplan.targets.internal.Fixtures.YEAR;
import static org.greenplan.targets.internal.Fixtures.baseline;
import static org.greenplan.targets.internal.Fixtures.day;
import static org.greenplan.targets.internal.Fixtures.month;
import static org.greenplan.targets.internal.Fixtures.target;
import static org.greenplan.targets.internal.Fixtures.values;

import java.util.List;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.TargetTerms;
import org.junit.jupiter.api.Test;

/** Progress: the share of the way from the start to the goal. */
class ProgressTests {

    @Test
    void lowerIsBetterFromBaseline45ToTarget35WithActual40IsHalfWay() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("PM2.5平均浓度", AT_MOST, "35", "μg/m³"), baseline("45"), YEAR, values(month(6, "40")), day(6, 30));

        assertThat(e.progress()).isEqualByComparingTo("0.5");
        assertThat(e.progressPercent()).isEqualByComparingTo("50.0");
    }

    @Test
    void aValueEqualToTheBaselineIsNoProgressNotAnError() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("秸秆综合利用率", AT_LEAST, "92", "%"), baseline("86"), YEAR, values(month(6, "86")), day(6, 30));

        assertThat(e.progress()).isEqualByComparingTo("0");
    }

    @Test
    void increaseByPercentagePointsAddsThePointsToTheBaseline() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("湿地保护率", INCREASE_BY, "1", "pp"), baseline("60.0"), YEAR, values(month(6, "60.5")), day(6, 30));

        assertThat(e.goal()).isEqualByComparingTo("61.0");
        assertThat(e.progress()).isEqualByComparingTo("0.5");
    }

    @Test
    void atLeastWithoutBaselineIsActualOverTarget() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("秸秆综合利用率", AT_LEAST, "92", "%"),
                EvaluationSettings.defaults(),
                YEAR,
                values(month(6, "46")),
                day(6, 30));

        assertThat(e.progress()).isEqualByComparingTo("0.5");
    }

    @Test
    void lowerIsBetterWithoutBaselineHasNoProgress() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("PM2.5平均浓度", AT_MOST, "35", "μg/m³"),
                EvaluationSettings.defaults(),
                YEAR,
                values(month(6, "40")),
                day(6, 30));

        assertThat(e.progress()).isNull();
    }

    @Test
    void movingTheWrongWayIsZeroProgressNotNegative() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("PM2.5平均浓度", AT_MOST, "35", "μg/m³"), baseline("45"), YEAR, values(month(6, "48")), day(6, 30));

        assertThat(e.progress()).isEqualByComparingTo("0");
    }

    @Test
    void beyondTheGoalIsMoreThanOne() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("秸秆综合利用率", AT_LEAST, "92", "%"), baseline("86"), YEAR, values(month(6, "95")), day(6, 30));

        assertThat(e.progress()).isEqualByComparingTo("1.5");
    }

    @Test
    void cumulativeTargetProgressesFromZeroWhateverTheBaseline() {
        TargetTerms newCapacity = target("新增可再生能源发电装机", AT_LEAST, "150000", "kW");
        EvaluationOutcome e = TargetEvaluator.evaluate(
                newCapacity, baseline("900000"), YEAR, values(month(3, "30000"), month(5, "45000")), day(6, 30));

        assertThat(e.actual()).isEqualByComparingTo("75000");
        assertThat(e.progress()).isEqualByComparingTo("0.5");
    }

    @Test
    void noValueYetHasNoProgress() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("秸秆综合利用率", AT_LEAST, "92", "%"), baseline("86"), YEAR, List.of(), day(6, 30));

        assertThat(e.actual()).isNull();
        assertThat(e.progress()).isNull();
    }
}

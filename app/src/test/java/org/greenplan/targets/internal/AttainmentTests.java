package org.greenplan.targets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenplan.parser.targets.TargetComparator.APPROX;
import static org.greenplan.parser.targets.TargetComparator.AT_LEAST;
import static org.greenplan.parser.targets.TargetComparator.BETWEEN;
import static org.greenplan.parser.targets.TargetComparator.DECREASE;
import static org.greenplan.parser.targets.TargetComparator.DECREASE_BY;
import static org.greenplan.parser.targets.TargetComparator.INCREASE;
import static org.greenplan.parser.targets.TargetComparator.INCREASE_BY;
import static org.greenplan.parser.targets.TargetComparator.LESS_THAN;
import static org.greenplan.parser.targets.TargetComparator.MORE_THAN;
import static org.greenplan.parser.targets.TargetComparator.REFERENCE;
import static org.greenplan.targets.internal.Fixtures.YEAR;
import static org.greenplan.targets.internal.Fixtures.baseline;
import static org.greenplan.targets.internal.Fixtures.day;
import static org.greenplan.targets.internal.Fixtures.month;
import static org.greenplan.targets.internal.Fixtures.n;
import static org.greenplan.targets.internal.Fixtures.target;
import static org.greenplan.targets.internal.Fixtures.values;

import java.util.List;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TargetTerms;
import org.junit.jupiter.api.Test;

/** Attainment: the target's own comparator applied to the current value. */
class AttainmentTests {

    private static Attainment judge(TargetTerms terms, EvaluationSettings settings, String actual) {
        return TargetEvaluator.evaluate(terms, settings, YEAR, values(month(6, actual)), day(6, 30))
                .attainment();
    }

    @Test
    void moreThan82IsNotMetBy82() {
        assertThat(judge(target("森林覆盖率", MORE_THAN, "82", "%"), EvaluationSettings.defaults(), "82"))
                .isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void atLeast82IsMetBy82() {
        assertThat(judge(target("森林覆盖率", AT_LEAST, "82", "%"), EvaluationSettings.defaults(), "82"))
                .isEqualTo(Attainment.MET);
    }

    @Test
    void lessThan35IsNotMetBy35() {
        assertThat(judge(target("PM2.5平均浓度", LESS_THAN, "35", "μg/m³"), EvaluationSettings.defaults(), "35"))
                .isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void decreaseByPercentIsRelativeToTheBaseline() {
        TargetTerms energy = target("单位GDP能耗", DECREASE_BY, "13.5", "%");
        EvaluationOutcome e =
                TargetEvaluator.evaluate(energy, baseline("0.6"), YEAR, values(month(6, "0.519")), day(6, 30));

        assertThat(e.goal()).isEqualByComparingTo("0.519");
        assertThat(e.attainment()).isEqualTo(Attainment.MET);
    }

    @Test
    void decreaseByPercentagePointsSubtractsThePoints() {
        TargetTerms share = target("煤炭消费比重", DECREASE_BY, "2", "pp");
        EvaluationOutcome e =
                TargetEvaluator.evaluate(share, baseline("60"), YEAR, values(month(6, "58.5")), day(6, 30));

        assertThat(e.goal()).isEqualByComparingTo("58");
        assertThat(e.attainment()).isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void increaseByWithoutBaselineIsNotYetEvaluable() {
        assertThat(judge(target("湿地保护率", INCREASE_BY, "1", "pp"), EvaluationSettings.defaults(), "61"))
                .isEqualTo(Attainment.NOT_YET_EVALUABLE);
    }

    @Test
    void noValueYetIsNotYetEvaluable() {
        EvaluationOutcome e = TargetEvaluator.evaluate(
                target("秸秆综合利用率", AT_LEAST, "92", "%"), baseline("86"), YEAR, List.of(), day(6, 30));

        assertThat(e.attainment()).isEqualTo(Attainment.NOT_YET_EVALUABLE);
        assertThat(e.status()).isEqualTo(TargetStatus.NOT_EVALUABLE);
    }

    @Test
    void referenceTargetIsNeverEvaluable() {
        assertThat(judge(target("空气质量", REFERENCE, null, null), baseline("80"), "85"))
                .isEqualTo(Attainment.NOT_YET_EVALUABLE);
    }

    @Test
    void directionTargetWithoutBaselineIsNotYetEvaluable() {
        assertThat(judge(target("公众满意度", INCREASE, null, null), EvaluationSettings.defaults(), "85"))
                .isEqualTo(Attainment.NOT_YET_EVALUABLE);
    }

    @Test
    void increaseIsMetAboveTheBaseline() {
        assertThat(judge(target("公众满意度", INCREASE, null, null), baseline("80"), "80.5"))
                .isEqualTo(Attainment.MET);
    }

    @Test
    void decreaseIsNotMetByStayingLevel() {
        assertThat(judge(target("能源消费总量", DECREASE, null, null), baseline("80"), "80"))
                .isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void zeroGrowthIsMetByStayingLevel() {
        TargetTerms zeroGrowth = new TargetTerms("化肥使用量", DECREASE, null, null, null, "化肥使用量零增长");

        assertThat(judge(zeroGrowth, baseline("80"), "80")).isEqualTo(Attainment.MET);
    }

    @Test
    void approxIsMetWithinFivePercent() {
        assertThat(judge(target("绿化覆盖率", APPROX, "40", "%"), EvaluationSettings.defaults(), "38"))
                .isEqualTo(Attainment.MET);
        assertThat(judge(target("绿化覆盖率", APPROX, "40", "%"), EvaluationSettings.defaults(), "37.9"))
                .isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void betweenIncludesBothBounds() {
        TargetTerms parks = new TargetTerms("绿色园区", BETWEEN, n("3"), n("5"), "家", "绿色园区3-5家");

        assertThat(judge(parks, EvaluationSettings.defaults(), "5")).isEqualTo(Attainment.MET);
        assertThat(judge(parks, EvaluationSettings.defaults(), "6")).isEqualTo(Attainment.NOT_MET);
    }
}

package org.greenplan.targets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenplan.parser.targets.TargetComparator.AT_LEAST;
import static org.greenplan.parser.targets.TargetComparator.AT_MOST;
import static org.greenplan.parser.targets.TargetComparator.INCREASE;
import static org.greenplan.parser.targets.TargetComparator.MORE_THAN;
import static org.greenplan.targets.internal.Fixtures.YEAR;
import static org.greenplan.targets.internal.Fixtures.baseline;
import static org.greenplan.targets.internal.Fixtures.day;
import static org.greenplan.targets.internal.Fixtures.month;
import static org.greenplan.targets.internal.Fixtures.settings;
import static org.greenplan.targets.internal.Fixtures.target;
import static org.greenplan.targets.internal.Fixtures.values;

import java.time.LocalDate;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TargetTerms;
import org.junit.jupiter.api.Test;

/** The traffic light, with the expected value on 30 June at 86 + 6 × 180/364 = 88.967 (planned change 6). */
class StatusRuleTests {
    private static final TargetTerms STRAW = target("秸秆综合利用率", AT_LEAST, "92", "%");

    private static TargetStatus status(TargetTerms terms, EvaluationSettings settings, String actual, LocalDate on) {
        return TargetEvaluator.evaluate(terms, settings, YEAR, values(month(6, actual)), on)
                .status();
    }

    private static EvaluationSettings tolerance(String tolerance) {
        return settings("86", Pacing.LINEAR, tolerance);
    }

    @Test
    void aheadOfPaceIsGreen() {
        assertThat(status(STRAW, tolerance("0.10"), "89", day(6, 30))).isEqualTo(TargetStatus.GREEN);
    }

    @Test
    void behindPaceWithinToleranceIsYellow() {
        // short by 0.967; 20 % of the planned change is 1.2
        assertThat(status(STRAW, tolerance("0.20"), "88", day(6, 30))).isEqualTo(TargetStatus.YELLOW);
    }

    @Test
    void behindPaceBeyondToleranceIsRed() {
        // short by 0.967; 10 % of the planned change is 0.6
        assertThat(status(STRAW, tolerance("0.10"), "88", day(6, 30))).isEqualTo(TargetStatus.RED);
    }

    @Test
    void metIsGreenWhateverThePace() {
        assertThat(status(STRAW, tolerance("0"), "92", day(6, 30))).isEqualTo(TargetStatus.GREEN);
    }

    @Test
    void lowerIsBetterBelowThePaceIsGreen() {
        // expected 45 − 10 × 180/364 = 40.055; 40 is ahead
        assertThat(status(
                        target("PM2.5平均浓度", AT_MOST, "35", "μg/m³"),
                        settings("45", Pacing.LINEAR, "0.10"),
                        "40",
                        day(6, 30)))
                .isEqualTo(TargetStatus.GREEN);
    }

    @Test
    void standingAtTheBoundOfAStrictTargetAtYearEndIsNotGreen() {
        TargetTerms forest = target("森林覆盖率", MORE_THAN, "82", "%");

        assertThat(status(forest, settings("80", Pacing.LINEAR, "0.10"), "82", day(12, 31)))
                .isEqualTo(TargetStatus.YELLOW);
    }

    @Test
    void withoutAPaceTheGoalIsTheReference() {
        // no baseline, and the first value (June) comes in at the deadline (30 June): nothing to pace from;
        // 88 is 4 short of 92, within 10 % of 92
        assertThat(TargetEvaluator.evaluate(
                                STRAW,
                                EvaluationSettings.defaults(),
                                YEAR,
                                day(6, 30),
                                values(month(6, "88")),
                                day(6, 30))
                        .status())
                .isEqualTo(TargetStatus.YELLOW);
        assertThat(TargetEvaluator.evaluate(
                                STRAW,
                                EvaluationSettings.defaults(),
                                YEAR,
                                day(6, 30),
                                values(month(6, "82")),
                                day(6, 30))
                        .status())
                .isEqualTo(TargetStatus.RED);
    }

    @Test
    void directionTargetStayingLevelIsYellow() {
        assertThat(status(target("公众满意度", INCREASE, null, null), baseline("80"), "80", day(6, 30)))
                .isEqualTo(TargetStatus.YELLOW);
    }

    @Test
    void directionTargetMovingTheWrongWayIsRed() {
        assertThat(status(target("公众满意度", INCREASE, null, null), baseline("80"), "79", day(6, 30)))
                .isEqualTo(TargetStatus.RED);
    }
}

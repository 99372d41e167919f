package org.greenplan.parser.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.PlanParser;
import org.junit.jupiter.api.Test;

class PlanComparisonTests {
    private static final String DOCUMENT = """
            一、总体要求
            1.培育绿色工厂5家以上。(牵头单位:市经信局;配合单位:市财政局)
            2.推进秸秆综合利用。(责任单位:市农业农村局)
            """;

    @Test
    void scoresAPerfectParseAsOne() {
        ExpectedPlan expected = new ExpectedPlan(List.of(
                new ExpectedPlan.Task("培育绿色工厂5家", List.of("市经信局"), List.of("市财政局"), List.of(">= 5 家")),
                new ExpectedPlan.Task("推进秸秆综合利用", List.of("市农业农村局"), List.of(), List.of())));

        PlanComparison.Result result = PlanComparison.compare(parse(), expected);

        assertThat(result.tasks().f1()).isEqualTo(1.0);
        assertThat(result.units()).isEqualTo(new Score(3, 3, 3));
        assertThat(result.targets()).isEqualTo(new Score(1, 1, 1));
    }

    @Test
    void countsMissedTasksWrongRolesAndExtraTargets() {
        ExpectedPlan expected = new ExpectedPlan(List.of(
                new ExpectedPlan.Task("培育绿色工厂5家", List.of("市经信局", "市财政局"), List.of(), List.of()),
                new ExpectedPlan.Task("不存在的任务内容", List.of("市林业局"), List.of(), List.of())));

        PlanComparison.Result result = PlanComparison.compare(parse(), expected);

        assertThat(result.tasks()).isEqualTo(new Score(1, 2, 2));
        assertThat(result.units()).isEqualTo(new Score(1, 3, 3));
        assertThat(result.targets()).isEqualTo(new Score(0, 1, 0));
        assertThat(result.targets().precision()).isZero();
        assertThat(result.tasks().f1()).isEqualTo(0.5);
    }

    private static ParsedPlan parse() {
        return new PlanParser().parse(DOCUMENT);
    }
}

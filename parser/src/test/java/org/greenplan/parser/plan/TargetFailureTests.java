package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.greenplan.parser.plan.ParseIssue.Severity;
import org.greenplan.parser.targets.TargetReading;
import org.greenplan.parser.targets.TargetReading.Failure;
import org.greenplan.parser.targets.TargetSpec;
import org.junit.jupiter.api.Test;

/** A failure of the target parser is an issue where it is printed, never a target lost unseen. */
class TargetFailureTests {

    @Test
    void reportsAFailingTargetReadingAtTheLineAndColumnOfItsTask() {
        String text = "一、总体要求\n1.推进节能工作。（责任单位：市发展改革委）\n　　2.培育绿色工厂2家以上。（责任单位：市经信局）\n";

        ParsedPlan plan = PlanReading.read(
                text,
                Map.of(),
                ParseLimits.DEFAULTS,
                taskText -> taskText.contains("绿色工厂")
                        ? new TargetReading(List.of(), List.of(new Failure(null, 0, "IllegalStateException: index 7")))
                        : new TargetReading(List.of(), List.of()));

        assertThat(plan.tasks()).hasSize(2);
        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.column()).isEqualTo(3);
            assertThat(issue.message()).isEqualTo("目标识别失败，请人工填写目标：IllegalStateException: index 7");
        });
    }

    @Test
    void keepsTheTargetsReadBeforeTheFailure() {
        ParsedPlan real = new PlanParser().parse("1.培育绿色工厂2家以上。（责任单位：市经信局）");
        TargetReading partial = new TargetReading(
                real.tasks().get(0).targets(), List.of(new Failure(null, 0, "ArithmeticException: overflow")));

        ParsedPlan plan =
                PlanReading.read("1.培育绿色工厂2家以上。（责任单位：市经信局）", Map.of(), ParseLimits.DEFAULTS, taskText -> partial);

        assertThat(plan.tasks().get(0).targets()).hasSize(1);
        assertThat(plan.issues())
                .singleElement()
                .satisfies(i -> assertThat(i.message()).contains("ArithmeticException"));
    }

    @Test
    void reportsAMisprintedNumberAtItsLineAndColumnAndKeepsTheTaskOtherTargets() {
        String text = "一、总体要求\n1.推进节能工作。（责任单位：市发展改革委）\n" + "　　2.培育绿色工厂2家以上，完成投资1234,567万元，新增造林100亩。（责任单位：市经信局）\n";

        ParsedPlan plan = new PlanParser().parse(text);

        assertThat(plan.tasks().get(1).targets())
                .extracting(TargetSpec::printedPhrase)
                .containsExactly("绿色工厂2家以上", "新增造林100亩");
        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.column()).isEqualTo(1 + "　　2.培育绿色工厂2家以上，完成投资".length());
            assertThat(issue.message())
                    .isEqualTo("目标识别失败，请人工填写目标：1234,567万元：NumberFormatException: not a number: 1234,567");
        });
    }
}

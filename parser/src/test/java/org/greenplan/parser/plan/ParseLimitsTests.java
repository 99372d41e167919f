package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.greenplan.parser.plan.ParseIssue.Severity;
import org.junit.jupiter.api.Test;

/** Parsing stops early, with an ERROR naming the line, at the limits of {@link ParseLimits}. */
class ParseLimitsTests {

    @Test
    void refusesATaskLongerThanTheLimitNamingItsLine() {
        String text = "一、总体要求\n1.推进节能工作。（责任单位：市发展改革委）\n2." + "培育绿色工厂2家以上，".repeat(600) + "（责任单位：市经信局）\n";

        ParsedPlan plan = new PlanParser().parse(text);

        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.message()).startsWith("第 3 行的任务长 6,613 字，超过上限 5,000 字");
        });
    }

    @Test
    void refusesATaskWrappedOverSeveralLinesByItsWholeLength() {
        String line = "培育绿色工厂2家以上，".repeat(100);
        String text = "1.推进节能工作。（责任单位：市发展改革委）\n2." + (line + "\n").repeat(6) + "（责任单位：市经信局）\n";

        ParsedPlan plan = new PlanParser(ParseLimits.DEFAULTS.withMaxTaskChars(3000)).parse(text);

        assertThat(plan.issues())
                .filteredOn(i -> i.severity() == Severity.ERROR)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.line()).isEqualTo(2);
                    assertThat(issue.message()).contains("超过上限 3,000 字");
                });
    }

    @Test
    void acceptsATaskAtTheLimit() {
        String body = "推进节能工作，".repeat(700);
        String task = "1." + body + "（责任单位：市发展改革委）";

        ParsedPlan plan = new PlanParser(ParseLimits.DEFAULTS.withMaxTaskChars(task.length())).parse(task);

        assertThat(plan.tasks()).hasSize(1);
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void stopsAtTheFirstTaskOverTheTaskCount() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            text.append(i).append(".推进第").append(i).append("项工作。（责任单位：市林业局）\n");
        }

        ParsedPlan plan = new PlanParser(ParseLimits.DEFAULTS.withMaxTasks(20)).parse(text.toString());

        assertThat(plan.tasks()).hasSize(20);
        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.line()).isEqualTo(21);
            assertThat(issue.message()).startsWith("识别出超过 20 项任务，已在第 21 行停止");
        });
    }

    @Test
    void stopsWhenTheTimeLimitHasPassed() {
        ParsedPlan plan = new PlanParser(ParseLimits.DEFAULTS.withMaxDuration(Duration.ofNanos(1)))
                .parse("1.推进节能工作。（责任单位：市发展改革委）\n");

        assertThat(plan.issues())
                .singleElement()
                .satisfies(issue -> assertThat(issue.severity()).isEqualTo(Severity.ERROR))
                .satisfies(issue -> assertThat(issue.message()).startsWith("解析超过时限"));
    }

    @Test
    void rejectsLimitsThatAreNotPositive() {
        assertThatThrownBy(() -> ParseLimits.DEFAULTS.withMaxTasks(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParseLimits.DEFAULTS.withMaxDuration(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsAreTwoThousandTasksOfFiveThousandCharactersInThirtySeconds() {
        assertThat(ParseLimits.DEFAULTS).isEqualTo(new ParseLimits(2000, 5000, Duration.ofSeconds(30)));
        assertThat(PlanReading.read("1.甲。（市林业局）", Map.of(), ParseLimits.DEFAULTS)
                        .tasks())
                .hasSize(1);
    }
}

package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenplan.parser.plan.ParseIssue.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real documents end with lines after their last task: a contact line, a table footnote, a closing remark.
 * Whatever they look like, a document whose tasks were all read is never refused (no ERROR issue); a
 * closing line that stops mid-sentence gets a WARNING for the review page.
 */
class ClosingMatterTests {

    private static final String TASKS = "一、总体要求\n1.推进林业碳汇。（责任单位：市林业局）\n2.推进节能工作。（责任单位：市发展改革委）\n";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "（联系人：王某，电话：0591-1234567）",
                "联系人：王某，电话：0591-1234567",
                "注：责任单位排在第一位的为牵头单位。",
                "注：责任单位排在第一位的为牵头单位",
                "各单位要高度重视，认真抓好落实。",
                "各单位要高度重视，认真抓好落实",
                "请各单位于每季度末将进展情况报送市生态环境局",
                "（联系人：王某，电话：0591-1234567"
            })
    void neverRefusesADocumentForLinesAfterItsLastTask(String closing) {
        ParsedPlan plan = new PlanParser().parse(TASKS + closing + "\n");

        assertThat(plan.tasks()).hasSize(2);
        assertThat(plan.issues()).noneMatch(i -> i.severity() == Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"各单位要高度重视，认真抓好落实", "各单位要加强组织领导，确保各项任务落到实处"})
    void warnsWhereTheLastClosingLineLooksCutShort(String closing) {
        ParsedPlan plan = new PlanParser().parse(TASKS + closing + "\n");

        assertThat(plan.issues())
                .filteredOn(i -> i.message().startsWith("文档似乎不完整"))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                    assertThat(issue.line()).isEqualTo(4);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.建立健全自然资源有偿使用机制。按照《国务院关于全民所", "3.推进绿色建筑，加快"})
    void stillRefusesALastTaskThatIsCutShort(String cut) {
        ParsedPlan plan = new PlanParser().parse(TASKS + cut + "\n联系人：王某，电话：0591-1234567\n");

        assertThat(plan.issues())
                .filteredOn(i -> i.severity() == Severity.ERROR)
                .singleElement()
                .satisfies(issue -> assertThat(issue.line()).isEqualTo(4));
    }
}

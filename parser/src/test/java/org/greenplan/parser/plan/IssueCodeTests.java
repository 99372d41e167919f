package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueCodeTests {

    @Test
    void fillsArgumentsIntoTheChineseDefaultText() {
        ParseIssue issue = ParseIssue.warning(3, 5, IssueCode.NUMBERING_GAP, "（二）", "（四）", "（三）");

        assertThat(issue.message()).isEqualTo("编号不连续：（二）之后是（四），应为（三）");
        assertThat(issue.toString()).isEqualTo("<3:5>: 编号不连续：（二）之后是（四），应为（三）");
        assertThat(issue.code().key()).isEqualTo("parse.issue.NUMBERING_GAP");
    }

    @Test
    void insertsArgumentsAsTheyAreEvenWhenTheyLookLikePlaceholders() {
        ParseIssue issue = ParseIssue.warning(1, 1, IssueCode.UNPLACED_TEXT, "{1} 与 $1");

        assertThat(issue.message()).isEqualTo("段落不属于任何任务（没有编号，也没有责任单位）：{1} 与 $1");
    }

    @Test
    void keepsFreeTextIssuesReadable() {
        ParseIssue issue = ParseIssue.warning(2, 1, "自由文字");

        assertThat(issue.code()).isEqualTo(IssueCode.TEXT);
        assertThat(issue.args()).isEqualTo(List.of("自由文字"));
        assertThat(issue.message()).isEqualTo("自由文字");
    }

    @Test
    void reportsNumberingGapsWithCodeAndArguments() {
        ParsedPlan plan = new PlanParser().parse("一、总体\n1. 甲任务。（市发展改革委）\n3. 乙任务。（市财政局）\n");

        assertThat(plan.issues()).anySatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.NUMBERING_GAP);
            assertThat(issue.args()).containsExactly("1", "3", "2");
            assertThat(issue.line()).isEqualTo(3);
        });
    }
}

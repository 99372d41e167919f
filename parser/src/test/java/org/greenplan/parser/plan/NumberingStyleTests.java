package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbering and what is not a task (styles k and l): number forms, numbering running on across
 * sections, gaps, unnumbered run-in paragraphs, 专栏 boxes, annexes, 抄送 and 印发 lines.
 */
class NumberingStyleTests {

    private final PlanParser parser = new PlanParser();

    @Test
    void readsStyleK_everyNumberForm() {
        ParsedPlan plan = parser.parse("""
                一、任务
                1．甲项工作。（市林业局）
                2﹒乙项工作。（市林业局）
                3、丙项工作。（市林业局）
                4.丁项分解：
                （1）戊项工作。（市林业局）
                （2）己项分解：
                ①庚项工作。（市林业局）
                """);

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3", "（1）", "①");
        assertThat(plan.tasks().get(4).path()).containsExactly("一", "4", "（2）", "①");
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void readsStyleK_numberingThatRunsOnAcrossSections() {
        ParsedPlan plan = parser.parse("""
                一、第一部分
                （一）第一节
                1.甲项工作。（市林业局）
                2.乙项工作。（市林业局）
                （二）第二节
                3.丙项工作。（市林业局）
                """);

        assertThat(plan.tasks())
                .extracting(ParsedTask::path)
                .containsExactly(List.of("一", "（一）", "1"), List.of("一", "（一）", "2"), List.of("一", "（二）", "3"));
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void readsStyleK_aGapInTheNumberingAsAnIssue() {
        ParsedPlan plan = parser.parse("1.甲项工作。（市林业局）\n3.丙项工作。（市林业局）\n");

        assertThat(plan.issues()).singleElement().hasToString("<2:1>: 编号不连续：1之后是3，应为2");
    }

    @Test
    void readsStyleK_unnumberedRunInParagraphsWithUnitsAsTasks() {
        ParsedPlan plan = parser.parse("""
                一、支持工业互联网平台建设
                培育各类工业互联网平台。重点培育一批综合型平台。（责任单位：省经济和信息化厅、省财政厅）
                推动企业上云上平台。建立服务商资源池。（责任单位：省经济和信息化厅）
                """);

        assertThat(plan.tasks()).extracting(ParsedTask::path).containsExactly(List.of("一", ""), List.of("一", ""));
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("", "");
    }

    @Test
    void readsStyleK_aSecondDocumentStartingAgainAtOneIsNoGap() {
        ParsedPlan plan = parser.parse("""
                一、支持平台建设
                培育平台。（责任单位：省经济和信息化厅）
                二、支持企业转型
                提升能力。（责任单位：省经济和信息化厅）
                安徽省工业互联网创新发展行动计划（2021-2023年）
                为深入实施工业互联网创新发展战略，特制定本行动计划。
                一、行动步骤
                1﹒推进外网建设。（责任单位：省通信管理局）
                """);

        assertThat(plan.issues()).isEmpty();
        assertThat(plan.tasks().get(2).path()).containsExactly("一", "1");
    }

    @Test
    void readsStyleK_anAnnexStartingAgainAtOneIsNoGap() {
        ParsedPlan plan = parser.parse("""
                一、考评对象
                二、考评方式
                附件：
                考评指标
                一、政务服务（25分）
                1．开通全程网办。（6月底完成，牵头考核单位：市审批服务局）
                """);

        assertThat(plan.issues()).isEmpty();
        assertThat(plan.tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.path()).containsExactly("一", "1"));
    }

    @Test
    void readsStyleL_boxesBetweenTasksAreNeitherTasksNorReported() {
        ParsedPlan plan = parser.parse("""
                1﹒推进外网建设。（责任单位：省通信管理局）
                专栏1  工业互联网网络互联互通工程
                优化网络基础设施。每年遴选20家网络改造应用良好的企业。
                2﹒推进内网改造。（责任单位：省经济和信息化厅）
                """);

        assertThat(plan.tasks()).extracting(ParsedTask::text).containsExactly("推进外网建设。", "推进内网改造。");
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void readsStyleL_anAnnexMemberListIsNeitherTasksNorReported() {
        ParsedPlan plan = parser.parse("""
                （一）营造良好氛围。加强宣传。（责任单位：省经济和信息化厅）
                附件
                省推进工业互联网创新发展专项工作组名单
                组　长：王清宪 省长
                成　员：潘朝晖 省政府秘书长
                专项工作组办公室设在省经济和信息化厅。
                """);

        assertThat(plan.tasks()).hasSize(1);
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void readsStyleL_copyAndIssueLinesAreNoTasks() {
        ParsedPlan plan = parser.parse("""
                1.推进网站集约化建设（省大数据局牵头，各有关部门配合）。
                抄送：省委各部门，省人大常委会办公厅。
                山东省人民政府办公厅2019年3月15日印发
                """);

        assertThat(plan.tasks()).hasSize(1);
        assertThat(plan.issuedDate()).hasToString("2019-03-15");
        assertThat(plan.issues()).isEmpty();
    }
}

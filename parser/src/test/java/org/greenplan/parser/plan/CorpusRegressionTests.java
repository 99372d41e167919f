package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.greenplan.parser.plan.ParseIssue.Severity;
import org.junit.jupiter.api.Test;

/**
 * One regression test per problem reported on the development corpus or by a tester (the 宿州 reference
 * with lines added), each with its small input.
 */
class CorpusRegressionTests {

    private final PlanParser parser = new PlanParser();

    /** 006: scores such as （0.5分） stayed in task texts and heading titles. */
    @Test
    void takesPrintedScoresOutOfTaskTextsAndHeadingTitles() {
        ParsedPlan plan = parser.parse("""
                一、政务服务"一网通办"（25分）
                （九）优化政务服务应用（12分）
                19．加快梳理三张清单。（0.5分）（5月底取得阶段性成效并持续推进，牵头考核单位：市审批服务局）
                """);

        assertThat(plan.headings()).extracting(Heading::title).containsExactly("政务服务\"一网通办\"", "优化政务服务应用");
        assertThat(plan.tasks().get(0).text()).isEqualTo("加快梳理三张清单。");
        assertThat(plan.tasks().get(0).clauses().get(0).text()).isEqualTo("加快梳理三张清单。");
    }

    /** 013: 各区、市政府 was split into 各区 and 市政府. */
    @Test
    void keepsTheDistrictAndCityGovernmentsAsOneClass() {
        ParsedTask task = parser.parse("（四）营造浓厚氛围。（责任单位：市委宣传部，市工业和信息化局、市科技局，各区、市政府）")
                .tasks()
                .get(0);

        assertThat(task.unitNames(AssignmentRole.RESPONSIBLE)).containsExactly("市委宣传部", "市工业和信息化局", "市科技局", "各区、市政府");
    }

    /** 016: （一）指导思想。以习近平… was counted as a task (a preamble without units). */
    @Test
    void readsAPreambleGroupWithoutUnitsInAUnitBearingDocumentAsHeadings() {
        ParsedPlan plan = parser.parse("""
                一、总体要求
                （一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。
                （二）发展目标。
                到2020年，全国农机总动力超过10亿千瓦。
                二、加快推动农机装备产业高质量发展
                （三）完善农机装备创新体系。加快推进农机装备创新。（工业和信息化部、发展改革委等负责）
                """);

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("（三）");
        assertThat(plan.headings()).extracting(Heading::title).contains("指导思想", "发展目标");
        assertThat(plan.issues()).isEmpty();
    }

    /** 016's fix must not hide tasks: a group without units after the first units stays tasks. */
    @Test
    void keepsALaterGroupWithoutUnitsAsTasksReportedWithoutUnits() {
        ParsedPlan plan = parser.parse("""
                一、主要任务
                1.推进林业碳汇项目。扩大试点范围。（市林业局）
                二、保障措施
                2.加强组织领导。建立工作推进机制。
                """);

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(plan.issues()).singleElement().hasToString("<4:1>: 未识别责任单位（任务 2）");
    }

    /** 010: the unnumbered 推进措施 paragraph after the last part is a task of that part. */
    @Test
    void readsTheUnnumberedClosingMeasuresParagraphAsATask() {
        ParsedPlan plan = parser.parse("""
                四、逐步塑强支撑有力的基础设施
                （二十）全面建设融合基础设施。推进智慧港口建设。（省交通运输厅牵头）
                五、推进措施
                加强组织领导，完善推进机制。开展发展水平评估。（省大数据局牵头）
                """);

        assertThat(plan.tasks()).extracting(ParsedTask::path).containsExactly(List.of("四", "（二十）"), List.of("五", ""));
        assertThat(plan.tasks().get(1).unitNames(AssignmentRole.LEAD)).containsExactly("省大数据局");
    }

    /** 014: …等有关部门负责 is a trailing 等, and the rule stated by measure 1 applies to measure 1 itself. */
    @Test
    void readsEtcRelatedDepartmentsAsATrailingEtcUnderTheFirstListedRule() {
        ParsedPlan plan = parser.parse("""
                1.拓展两个市场。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）
                6.促进研发创新。（海关总署、商务部等有关部门负责）
                """);

        assertThat(plan.tasks().get(0).unitNames(AssignmentRole.LEAD)).containsExactly("税务总局");
        assertThat(plan.tasks().get(1).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("海关总署", AssignmentRole.LEAD),
                        org.assertj.core.api.Assertions.tuple("商务部", AssignmentRole.CO));
    }

    /** Tester: a 附件 line after the last task got the document refused as truncated. */
    @Test
    void acceptsAnAnnexLineAfterTheLastTask() {
        ParsedPlan plan = parser.parse("""
                一、总则
                1.建立健全自然资源有偿使用机制。（责任单位：市自然资源和规划局）
                附件：宿州市绿色发展行动任务分解表
                """);

        assertThat(plan.issues()).isEmpty();
    }

    /** Tester: 附件 lists, 抄送, signature, 印发 and 联系人 lines close a notice; none is a truncated task. */
    @Test
    void acceptsTheClosingLinesOfANoticeAfterTheLastTask() {
        ParsedPlan plan = parser.parse("""
                一、总则
                1.甲项工作。（市林业局）
                附件：1.宿州市绿色发展行动任务分解表
                2.宿州市绿色发展行动考核办法
                抄送：市委办公室，市人大常委会办公室。
                宿州市实施绿色发展行动专项小组办公室
                宿州市生态环境局(代)
                2022年3月18日
                宿州市实施绿色发展行动专项小组办公室 2022年3月18日印发
                联系人：张三  联系电话：0557-1234567
                """);

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1");
        assertThat(plan.issues()).isEmpty();
    }

    /** Tester's fix must not hide truncation: the last task is judged, not the closing lines after it. */
    @Test
    void reportsATruncatedLastTaskFollowedByAnAnnexLine() {
        ParsedPlan plan = parser.parse("""
                1.甲项工作。（市林业局）
                2.建立健全自然资源有偿使用机制。按照《国务院关于全民所
                附件：宿州市绿色发展行动任务分解表
                """);

        assertThat(plan.issues())
                .filteredOn(i -> i.severity() == Severity.ERROR)
                .singleElement()
                .hasToString("<2:29>: 文档似乎不完整：最后一段在句子中间结束，也没有责任单位，请检查文件是否被截断");
    }

    /** Tester: a closing line that cannot be placed is worth a warning, not the truncation ERROR. */
    @Test
    void warnsAboutAnUnplaceableClosingLineWithoutRefusingTheDocument() {
        ParsedPlan plan = parser.parse("1.甲项工作。（市林业局）\n宿州市实施绿色发展行动专项小组办公室\n");

        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.message()).contains("不属于任何任务");
        });
    }

    /** Like 007's member list, an annex without numbered lines at the end is no truncated task. */
    @Test
    void acceptsAnAnnexWithoutTasksAtTheEnd() {
        ParsedPlan plan = parser.parse("""
                1.甲项工作。（市林业局）
                附件
                宿州市绿色发展行动专项小组成员名单
                组　长：张三 市长
                副组长：李四 副市长
                """);

        assertThat(plan.issues()).isEmpty();
    }

    /** Tester: 2. of a 附件 list under the notice text started the body; title, issuer and parts were lost. */
    @Test
    void readsTheHeaderAroundAnAnnexListUnderTheNoticeText() {
        ParsedPlan plan = parser.parse("""
                市相关单位:
                现将《宿州市实施绿色发展行动2022年工作要点》印发给你们,请认真组织落实。
                附件：1.宿州市实施绿色发展行动2022年工作要点
                2.宿州市绿色发展行动任务分解表
                宿州市实施绿色发展行动专项小组办公室
                宿州市生态环境局(代)
                2022年3月18日
                宿州市实施绿色发展行动2022年工作要点
                一、大力推进绿色低碳循环发展
                (一)建立健全绿色产业体系
                1.开展工业节能监察。(责任单位:市经济和信息化局)
                """);

        assertThat(List.of(plan.title(), plan.issuer(), plan.issuedOnBehalfBy(), plan.issuedDate()))
                .containsExactly("宿州市实施绿色发展行动2022年工作要点", "宿州市实施绿色发展行动专项小组办公室", "宿州市生态环境局", LocalDate.of(2022, 3, 18));
        assertThat(plan.tasks()).extracting(ParsedTask::path).containsExactly(List.of("一", "（一）", "1"));
        assertThat(plan.issues()).isEmpty();
    }

    /** Tester: the one-line form 附件：… in the header is part of the notice, not unknown text. */
    @Test
    void readsAOneLineAnnexInTheHeaderAsPartOfTheNotice() {
        ParsedPlan plan = parser.parse("""
                现将《宿州市实施绿色发展行动2022年工作要点》印发给你们,请认真组织落实。
                附件：宿州市实施绿色发展行动2022年工作要点
                宿州市实施绿色发展行动专项小组办公室
                2022年3月18日
                宿州市实施绿色发展行动2022年工作要点
                一、大力推进绿色低碳循环发展
                1.开展工业节能监察。(责任单位:市经济和信息化局)
                """);

        assertThat(plan.title()).isEqualTo("宿州市实施绿色发展行动2022年工作要点");
        assertThat(plan.issuer()).isEqualTo("宿州市实施绿色发展行动专项小组办公室");
        assertThat(plan.issues()).isEmpty();
    }

    /** Tester: a 附件 list between the date and the title was taken for the title and the first part. */
    @Test
    void readsAnAnnexListBetweenTheDateAndTheTitle() {
        ParsedPlan plan = parser.parse("""
                宿州市实施绿色发展行动专项小组办公室
                2022年3月18日
                附件：1.宿州市实施绿色发展行动2022年工作要点
                2.宿州市绿色发展行动任务分解表
                宿州市实施绿色发展行动2022年工作要点
                一、大力推进绿色低碳循环发展
                1.开展工业节能监察。(责任单位:市经济和信息化局)
                """);

        assertThat(plan.title()).isEqualTo("宿州市实施绿色发展行动2022年工作要点");
        assertThat(plan.headings()).extracting(Heading::title).containsExactly("大力推进绿色低碳循环发展");
        assertThat(plan.issues()).isEmpty();
    }

    /** Tester: the numbered items under a bare 附件： line are neither headings nor tasks. */
    @Test
    void keepsTheItemsOfAnAnnexListOutOfHeadingsAndTasks() {
        ParsedPlan plan = parser.parse("""
                一、总则
                1.甲项工作。（市林业局）
                附件：
                1.宿州市绿色发展行动任务分解表
                2.宿州市绿色发展行动考核办法
                """);

        assertThat(plan.toOutline()).isEqualTo("一 总则\n  1 甲项工作。 [市林业局]");
        assertThat(plan.issues()).isEmpty();
    }
}

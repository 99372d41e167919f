package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.greenplan.parser.plan.ParseIssue.Severity;
import org.greenplan.parser.targets.TargetComparator;
import org.greenplan.parser.targets.TargetSpec;
import org.junit.jupiter.api.Test;

/** One behaviour per test, input inline. Unit clauses in detail: {@link UnitClauseExtractorTests}. */
class PlanParserTests {

    private final PlanParser parser = new PlanParser();

    @Test
    void readsUnitClauseWithoutLabel() {
        ParsedPlan plan = parser.parse("一、总体要求\n1.推进林业碳汇项目。(市林业局)\n");

        assertThat(plan.tasks()).singleElement().satisfies(task -> {
            assertThat(task.text()).isEqualTo("推进林业碳汇项目。");
            assertThat(task.units()).containsExactly(UnitAssignment.responsible("市林业局"));
        });
    }

    @Test
    void splitsUnitGroupsOnCommasAndKeepsPrintedOrder() {
        ParsedPlan plan = parser.parse("1.推进工业互联网外网建设。（责任单位：省通信管理局，省铁塔公司、各基础电信企业，各市人民政府）");

        assertThat(plan.tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("省通信管理局"), tuple("省铁塔公司"), tuple("各基础电信企业"), tuple("各市人民政府"));
    }

    @Test
    void readsLeadAndCoLabels() {
        ParsedTask task = onlyTask("4.持续加大研发投入。（牵头单位：省科技厅；配合单位：省发展改革委、省工业和信息化厅）");

        assertThat(task.unitNames(AssignmentRole.LEAD)).containsExactly("省科技厅");
        assertThat(task.unitNames(AssignmentRole.CO)).containsExactly("省发展改革委", "省工业和信息化厅");
    }

    @Test
    void readsLeadAndCoVerbs() {
        ParsedTask task = onlyTask("9.推进落实外商投资国民待遇。（省商务厅牵头，省市场监管局、省司法厅按职责分工配合）");

        assertThat(task.unitNames(AssignmentRole.LEAD)).containsExactly("省商务厅");
        assertThat(task.unitNames(AssignmentRole.CO)).containsExactly("省市场监管局", "省司法厅");
    }

    @Test
    void neverPromotesTheFirstUnitToLeadUnlessTheDocumentSaysSo() {
        ParsedTask task = onlyTask("3.释放企业产能。（海关总署、商务部负责）");

        assertThat(task.units())
                .extracting(UnitAssignment::role)
                .containsExactly(AssignmentRole.RESPONSIBLE, AssignmentRole.RESPONSIBLE);
    }

    @Test
    void appliesTheStatedFirstListedRuleToThatTaskAndAllLaterOnes() {
        ParsedPlan plan = parser.parse("""
                1.先行任务。（商务部、海关总署负责）
                2.拓展两个市场。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）
                3.提前适用政策。（海关总署、财政部负责）
                """);

        assertThat(plan.tasks().get(0).unitNames(AssignmentRole.RESPONSIBLE)).containsExactly("商务部", "海关总署");
        assertThat(plan.tasks().get(1).unitNames(AssignmentRole.LEAD)).containsExactly("税务总局");
        assertThat(plan.tasks().get(1).unitNames(AssignmentRole.CO)).containsExactly("财政部", "海关总署");
        assertThat(plan.tasks().get(2).unitNames(AssignmentRole.LEAD)).containsExactly("海关总署");
        assertThat(plan.tasks().get(2).text()).isEqualTo("提前适用政策。");
    }

    @Test
    void makesSectionsTasksWhenTheyCarryUnits() {
        ParsedPlan plan = parser.parse("""
                一、加快建设数字政府
                （一）优化提升政务服务。实施个人和企业全生命周期服务。（省大数据局牵头）
                （二）加快建设综合指挥平台。基本完成平台建设。（省政府办公厅、省大数据局牵头）
                """);

        assertThat(plan.headings()).extracting(Heading::number).containsExactly("一");
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("（一）", "（二）");
        assertThat(plan.tasks().get(1).path()).containsExactly("一", "（二）");
    }

    @Test
    void makesSubItemsTasksUnderNumberedHeadings() {
        ParsedPlan plan = parser.parse("""
                一、主要任务
                （一）推进数字产业化，激发经济发展新动能。
                1.打造数字经济核心产业新高地。
                （1）打造世界级信息技术装备产业高地。依托中国算谷建设服务器基地。（责任单位：市工业和信息化局）
                （2）打造国内一流的软件产业集群。加快中国软件名城提档升级。（责任单位：市工业和信息化局、市委机要保密局）
                """);

        assertThat(plan.toOutline()).isEqualTo("""
                一 主要任务
                  （一） 推进数字产业化，激发经济发展新动能
                    1 打造数字经济核心产业新高地
                      （1） 打造世界级信息技术装备产业高地。依托中国… [市工业和信息化局]
                      （2） 打造国内一流的软件产业集群。加快中国软件… [市工业和信息化局、市委机要保密局]""");
    }

    @Test
    void returnsToTheLevelOfANumberingStyleSeenBefore() {
        ParsedPlan plan = parser.parse("""
                一、第一部分
                1.第一项任务的内容。（责任单位：市林业局）
                二、第二部分
                2.第二项任务的内容。（责任单位：市水利局）
                """);

        assertThat(plan.tasks())
                .extracting(ParsedTask::path)
                .containsExactly(java.util.List.of("一", "1"), java.util.List.of("二", "2"));
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void warnsAboutANumberingGapAtTheNumber() {
        ParsedPlan plan = parser.parse("一、总则\n1.甲项工作。（市林业局）\n2.乙项工作。（市水利局）\n\u3000\u30004.丁项工作。（市公安局）\n");

        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(4);
            assertThat(issue.column()).isEqualTo(3);
            assertThat(issue.message()).contains("编号不连续", "2", "4");
        });
        assertThat(plan.tasks()).hasSize(3);
    }

    @Test
    void warnsAboutARepeatedNumber() {
        ParsedPlan plan = parser.parse("1.甲项工作。（市林业局）\n1.乙项工作。（市水利局）\n");

        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.message()).contains("编号重复");
        });
    }

    @Test
    void warnsAboutATaskWithoutUnits() {
        ParsedPlan plan = parser.parse("1.甲项工作。（市林业局）\n2.修订节能管理办法（试行）。加强监督检查。\n");

        assertThat(plan.tasks().get(1).units()).isEmpty();
        assertThat(plan.tasks().get(1).text()).isEqualTo("修订节能管理办法（试行）。加强监督检查。");
        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue).hasToString("<2:1>: 未识别责任单位（任务 2）");
        });
    }

    @Test
    void warnsAboutTextBeforeTheFirstHeadingThatIsNoMetadata() {
        ParsedPlan plan = parser.parse("原文链接：https://example.org/plan.html\n一、总则\n1.甲项工作。（市林业局）\n");

        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(1);
            assertThat(issue.message()).contains("无法识别");
        });
    }

    @Test
    void warnsAboutAParagraphBetweenTasksThatBelongsToNone() {
        ParsedPlan plan = parser.parse("1.甲项工作。（市林业局）\n各地要结合实际抓好落实。\n2.乙项工作。（市水利局）\n");

        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.message()).contains("不属于任何任务");
        });
    }

    @Test
    void takesFollowingParagraphsIntoATaskUpToItsUnitClause() {
        ParsedPlan plan =
                parser.parse("1.甲项工作。（市林业局）\n2.开展新模式推广。\n智能化制造。鼓励企业加大投入。\n" + "网络化协同。支持企业协同设计。（责任单位：省经济和信息化厅）\n");

        ParsedTask second = plan.tasks().get(1);
        assertThat(second.text()).isEqualTo("开展新模式推广。\n智能化制造。鼓励企业加大投入。\n网络化协同。支持企业协同设计。");
        assertThat(second.unitNames(AssignmentRole.RESPONSIBLE)).containsExactly("省经济和信息化厅");
        assertThat(second.span().line()).isEqualTo(2);
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void reportsATruncatedDocumentAsAnError() {
        String text = "一、总则\n1.甲项工作。（市林业局）\n2.建立健全自然资源有偿使用机制。按照《国务院关于全民所";

        ParsedPlan plan = parser.parse(text);

        assertThat(plan.tasks()).hasSize(2);
        assertThat(plan.issues())
                .filteredOn(i -> i.severity() == Severity.ERROR)
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.line()).isEqualTo(3);
                    assertThat(issue.column()).isEqualTo(text.length() - text.lastIndexOf('\n'));
                    assertThat(issue.message()).contains("不完整");
                });
    }

    @Test
    void reportsAnUnclosedUnitClauseAtTheEndAsAnError() {
        ParsedPlan plan = parser.parse("1.甲项工作。（市林业局）\n2.乙项工作。(责任单位:市自然资源");

        assertThat(plan.issues())
                .filteredOn(i -> i.severity() == Severity.ERROR)
                .singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("括号没有闭合"));
    }

    @Test
    void reportsADocumentWithoutTasksAsAnErrorAtTheStart() {
        ParsedPlan plan = parser.parse("这是一段没有编号的说明文字。\n");

        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.issues()).containsExactly(ParseIssue.error(1, 1, IssueCode.NO_TASKS));
        assertThat(plan.issues().get(0).message()).isEqualTo("未找到任何编号任务");
    }

    @Test
    void acceptsEmptyAndNullText() {
        assertThat(parser.parse("").issues()).containsExactly(ParseIssue.error(1, 1, IssueCode.NO_TASKS));
        assertThat(parser.parse("").issues().get(0).message()).isEqualTo("未找到任何编号任务");
        assertThat(parser.parse((String) null).tasks()).isEmpty();
        assertThat(parser.parse((org.greenplan.parser.document.SourceDocument) null)
                        .tasks())
                .isEmpty();
    }

    @Test
    void keepsMarkupInTextVerbatim() {
        ParsedTask task = onlyTask("1.<script>alert(1)</script>推进<b>绿色</b>发展。（责任单位：市林业局）");

        assertThat(task.text()).isEqualTo("<script>alert(1)</script>推进<b>绿色</b>发展。");
        assertThat(task.sourceText()).startsWith("1.<script>alert(1)</script>");
    }

    @Test
    void readsDocumentNumberAndChineseNumeralDate() {
        ParsedPlan plan = parser.parse("""
                岚综管综〔2016〕62号
                各乡镇人民政府，县直各有关单位：
                现将《岚县2016年综合治理工作要点》印发给你们，请认真贯彻执行。
                岚县综合治理委员会
                二〇一六年三月十八日
                岚县2016年综合治理工作要点
                一、加强组织领导
                1.建立健全工作机制。（责任单位：县综治办）
                """);

        assertThat(plan.documentNumber()).isEqualTo("岚综管综〔2016〕62号");
        assertThat(plan.issuedDate()).isEqualTo(LocalDate.of(2016, 3, 18));
        assertThat(plan.issuer()).isEqualTo("岚县综合治理委员会");
        assertThat(plan.addressees()).containsExactly("各乡镇人民政府", "县直各有关单位");
        assertThat(plan.title()).isEqualTo("岚县2016年综合治理工作要点");
        assertThat(plan.planYear()).isEqualTo(2016);
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void readsAnIssuerGluedToTheBodySigningOnItsBehalf() {
        ParsedPlan plan = parser.parse("""
                宿州市实施绿色发展行动专项小组办公室宿州市生态环境局(代)
                2022年3月18日
                宿州市实施绿色发展行动2022年工作要点
                一、主要任务
                1.推进节能工作。（责任单位：市发展改革委）
                """);

        assertThat(plan.issuer()).isEqualTo("宿州市实施绿色发展行动专项小组办公室");
        assertThat(plan.issuedOnBehalfBy()).isEqualTo("宿州市生态环境局");
    }

    @Test
    void readsIssuerAndDateFromASignatureAtTheEnd() {
        ParsedPlan plan = parser.parse("""
                国务院关于促进综合保税区
                高水平开放高质量发展的若干意见
                国发〔2019〕3号
                一、主要任务
                1.拓展两个市场。（税务总局、财政部负责）
                国务院
                2019年1月12日
                （此件公开发布）
                """);

        assertThat(plan.title()).isEqualTo("国务院关于促进综合保税区高水平开放高质量发展的若干意见");
        assertThat(plan.issuer()).isEqualTo("国务院");
        assertThat(plan.issuedDate()).isEqualTo(LocalDate.of(2019, 1, 12));
        assertThat(plan.planYear()).isEqualTo(2019);
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void readsDeadlinesAgainstThePlanYear() {
        ParsedPlan plan = parser.parse("""
                2022年工作要点
                一、任务
                1.完成甲项改造，2023年6月底前投入使用。（市林业局）
                2.完成乙项建设，6月底前完成验收。（市林业局）
                3.年底前完成丙项工作。（市林业局）
                4.丁项工作（持续推进，牵头单位：市林业局）
                5.推进戊项工作，持续推进沱湖流域治理。（市林业局）
                """);

        assertThat(plan.tasks())
                .extracting(ParsedTask::deadline)
                .containsExactly(
                        Deadline.by(LocalDate.of(2023, 6, 30), "2023年6月底前"),
                        Deadline.by(LocalDate.of(2022, 6, 30), "6月底前"),
                        Deadline.by(LocalDate.of(2022, 12, 31), "年底前"),
                        Deadline.openEnded("持续推进"),
                        null);
    }

    @Test
    void keepsSpansAsOffsetsIntoTheTextAsGiven() {
        String text = "\uFEFF一、总则\r\n\u3000\u30001.甲项工作。（市水利局）\r\n\u3000\u30002.乙项工作。\r\n（责任单位：市林业局）\r\n";

        ParsedTask task = parser.parse(text).tasks().get(1);

        assertThat(task.span()).isEqualTo(new SourceSpan(3, 3, text.indexOf("2."), text.lastIndexOf("）") + 1));
        assertThat(task.sourceText()).isEqualTo("2.乙项工作。\r\n（责任单位：市林业局）");
        assertThat(task.text()).isEqualTo("乙项工作。");
    }

    @Test
    void normalisesNumbersOfEveryStyle() {
        ParsedPlan plan = parser.parse("""
                十一、第十一部分
                (十二）第十二节
                12﹒第十二项任务的内容。（市林业局）
                １３．第十三项任务的内容。（市林业局）
                """);

        assertThat(plan.headings()).extracting(Heading::number).containsExactly("十一", "（十二）");
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("12", "13");
    }

    @Test
    void readsTheRateOfEliminationInATaskLineAsItsTarget() {
        ParsedTask task = onlyTask("5.推进城市黑臭水体治理，城市黑臭水体消除比例达到92%。（责任单位：市住房城乡建设局）");

        assertThat(task.targets())
                .extracting(
                        TargetSpec::indicator,
                        TargetSpec::comparator,
                        t -> t.value().toPlainString(),
                        TargetSpec::unit)
                .containsExactly(Tuple.tuple("城市黑臭水体消除比例", TargetComparator.AT_LEAST, "92", "%"));
    }

    private ParsedTask onlyTask(String text) {
        ParsedPlan plan = parser.parse(text);
        assertThat(plan.tasks()).hasSize(1);
        return plan.tasks().get(0);
    }

    private static org.assertj.core.groups.Tuple tuple(String name) {
        return org.assertj.core.groups.Tuple.tuple(name, AssignmentRole.RESPONSIBLE);
    }
}

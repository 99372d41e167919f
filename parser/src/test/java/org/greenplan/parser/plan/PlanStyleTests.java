package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greenplan.parser.plan.AssignmentRole.CO;
import static org.greenplan.parser.plan.AssignmentRole.LEAD;
import static org.greenplan.parser.plan.AssignmentRole.RESPONSIBLE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way the corpus writes responsibility (styles a–g of {@code src/test/resources/plans/STYLES.md}, as
 * found in {@code ../shared/corpus}), one behaviour per test, input inline. Several brackets per
 * paragraph (d): {@link ResponsibilityClauseTests}; conventions stated once and prefixes (h–j):
 * {@link PlanConventionTests}; numbering and what is no task (k, l): {@link NumberingStyleTests};
 * tables (m): {@link PlanTableTests}; deadlines: {@link DeadlineReaderTests}.
 */
class PlanStyleTests {

    private final PlanParser parser = new PlanParser();

    @ParameterizedTest
    @ValueSource(strings = {"（责任单位：市林业局）", "(责任单位:市林业局)", "（责任部门：市林业局）", "（责任分工：市林业局）"})
    void readsStyleA_responsibleLabelsWithEitherColon(String clause) {
        assertThat(onlyTask("1.推进林业碳汇。" + clause).units()).containsExactly(UnitAssignment.responsible("市林业局"));
    }

    @Test
    void readsStyleA_combinedLeadAndCoLabels() {
        ParsedTask task = onlyTask("4.加大研发投入。（牵头单位：省科技厅；配合单位：省发展改革委、省工业和信息化厅）");

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("省科技厅", LEAD), tuple("省发展改革委", CO), tuple("省工业和信息化厅", CO));
    }

    @Test
    void readsStyleA_responsibleLabelNextToALeadLabelAsCo() {
        ParsedTask task = onlyTask("（一）建设科学城。（牵头单位：市科技局，责任单位：市工业和信息化局）");

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("市科技局", LEAD), tuple("市工业和信息化局", CO));
    }

    @Test
    void readsStyleA_leadExamLabelAsLead() {
        ParsedTask task = onlyTask("3.升级热线平台。（牵头考核单位：市政府办公室、市公安局）");

        assertThat(task.unitNames(LEAD)).containsExactly("市政府办公室", "市公安局");
    }

    @Test
    void readsStyleA_leadAndCoVerbs() {
        ParsedTask task = onlyTask("2.积极扩大进口。（省商务厅牵头，合肥海关配合）");

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("省商务厅", LEAD), tuple("合肥海关", CO));
    }

    @Test
    void readsStyleA_unitResponsibleAloneAsResponsible() {
        assertThat(onlyTask("6.大力发展数字贸易。（省商务厅负责）").units()).containsExactly(UnitAssignment.responsible("省商务厅"));
    }

    @Test
    void readsStyleA_unitsResponsibleBeforeCoOperatingUnitsAsLead() {
        ParsedTask task = onlyTask("3.加快督考合一系统建设。（省委办公厅、省政府办公厅负责，省大数据局配合）");

        assertThat(task.units()).extracting(UnitAssignment::role).containsExactly(LEAD, LEAD, CO);
    }

    @Test
    void readsStyleA_dividedDutiesAsCoWhenTheClauseNamesALead() {
        ParsedTask task = onlyTask("（三）推进机关内部一次办好。（省大数据局牵头，省财政厅、省档案馆等按职责分工负责）");

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("省大数据局", LEAD), tuple("省财政厅", CO), tuple("省档案馆", CO));
    }

    @Test
    void readsStyleA_dividedDutiesAloneAsResponsible() {
        ParsedTask task = onlyTask("（九）发展数字农业。（省农业农村厅、省畜牧局按职责分工负责）");

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("省农业农村厅", RESPONSIBLE), tuple("省畜牧局", RESPONSIBLE));
    }

    @Test
    void readsStyleB_groupsSeparatedByCommasWithUnitsSeparatedInside() {
        ParsedTask task = onlyTask("1.统筹布局智算中心。（责任单位：市委宣传部，市工业和信息化局、市科技局，青岛海洋科技中心）");

        assertThat(task.unitNames(RESPONSIBLE)).containsExactly("市委宣传部", "市工业和信息化局", "市科技局", "青岛海洋科技中心");
    }

    @Test
    void readsStyleB_aLevelListBeforeASharedEndingAsOneUnit() {
        ParsedTask task = onlyTask("（一）健全工作机制。（责任单位：市工业和信息化局，各区、市政府，有关区、市政府）");

        assertThat(task.unitNames(RESPONSIBLE)).containsExactly("市工业和信息化局", "各区、市政府", "有关区、市政府");
    }

    @Test
    void readsStyleC_deadlineAndUnitsInOneBracket() {
        ParsedPlan plan = parser.parse("""
                包头市2022年数字政府建设考评办法
                1．完成适老化改造。（6月底完成，牵头考核单位：市审批服务局）
                2．推动自助终端延伸。（持续推进，牵头考核单位：市审批服务局）
                3．开通全程网办。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）
                """);

        assertThat(plan.tasks()).allSatisfy(t -> assertThat(t.unitNames(LEAD)).containsExactly("市审批服务局"));
        assertThat(plan.tasks())
                .extracting(ParsedTask::deadline)
                .extracting(Deadline::phrase)
                .containsExactly("6月底完成", "持续推进", "5月底取得明显成效并持续推进");
        assertThat(plan.tasks().get(0).text()).isEqualTo("完成适老化改造。");
    }

    @Test
    void readsStyleE_aClauseBeforeTheFullStopWithMoreSentencesAfterIt() {
        ParsedTask task = onlyTask("1.推动政务服务数字化转型。形成支撑体系（省大数据局牵头，各有关部门配合）。加强成果应用。");

        assertThat(task.text()).isEqualTo("推动政务服务数字化转型。形成支撑体系。加强成果应用。");
        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("省大数据局", LEAD), tuple("各有关部门", CO));
    }

    @Test
    void readsStyleF_aBareUnitLineAfterTheParagraphItBelongsTo() {
        ParsedPlan plan = parser.parse("1.甲项工作。（市水利局）\n2.修订节能管理办法。加强监督检查。\n责任单位：市发展改革委、市市场监管局\n");

        ParsedTask second = plan.tasks().get(1);
        assertThat(second.text()).isEqualTo("修订节能管理办法。加强监督检查。");
        assertThat(second.unitNames(RESPONSIBLE)).containsExactly("市发展改革委", "市市场监管局");
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void readsStyleG_unitsAsTheSubjectOfASentence() {
        ParsedTask task = onlyTask("3.编制村庄规划。由区规划局牵头，区环境与国土资源局配合，年底前完成编制。");

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("区规划局", LEAD), tuple("区环境与国土资源局", CO));
        assertThat(task.text()).isEqualTo("编制村庄规划。由区规划局牵头，区环境与国土资源局配合，年底前完成编制。");
    }

    @Test
    void readsStyleG_subjectUnitsOnlyWhereNoClauseIsPrinted() {
        ParsedTask task = onlyTask("（十八）健全机制。建立由农业农村部牵头的协调推进机制。（农业农村部、工业和信息化部牵头负责）");

        assertThat(task.unitNames(LEAD)).containsExactly("农业农村部", "工业和信息化部");
        assertThat(onlyTask("5.推进试点。引导企业配合开展试点，鼓励企业负责运营。").units()).isEmpty();
    }

    private ParsedTask onlyTask(String text) {
        ParsedPlan plan = parser.parse(text);
        assertThat(plan.tasks()).hasSize(1);
        return plan.tasks().get(0);
    }
}

package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greenplan.parser.plan.AssignmentRole.CO;
import static org.greenplan.parser.plan.AssignmentRole.LEAD;
import static org.greenplan.parser.plan.AssignmentRole.RESPONSIBLE;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Style d: several unit brackets in one paragraph, each covering the sentences before it (008, 009,
 * 010). The paragraph is one task; its clauses keep who answers for which sentences.
 */
class ResponsibilityClauseTests {

    private static final String PARAGRAPH =
            "1.扩大优势产品出口。建立税率对比清单。（合肥海关负责）巩固传统产品出口优势。" + "（省商务厅牵头，合肥海关配合）支持农业企业注册境外商标。（省商务厅牵头，省农业农村厅配合）";

    private final PlanParser parser = new PlanParser();

    @Test
    void readsStyleD_severalBracketsAsOneTaskWithItsPrintedNumber() {
        ParsedPlan plan = parser.parse(PARAGRAPH);

        assertThat(plan.tasks()).singleElement().satisfies(task -> {
            assertThat(task.number()).isEqualTo("1");
            assertThat(task.text()).isEqualTo("扩大优势产品出口。建立税率对比清单。巩固传统产品出口优势。支持农业企业注册境外商标。");
        });
    }

    @Test
    void readsStyleD_unitsAreTheUnionAndAUnitLeadingAnySentenceLeadsTheTask() {
        ParsedTask task = parser.parse(PARAGRAPH).tasks().get(0);

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("合肥海关", LEAD), tuple("省商务厅", LEAD), tuple("省农业农村厅", CO));
    }

    @Test
    void readsStyleD_oneClausePerBracketWithTheSentencesItCovers() {
        ParsedTask task = parser.parse(PARAGRAPH).tasks().get(0);

        assertThat(task.clauses())
                .extracting(ResponsibilityClause::text)
                .containsExactly("扩大优势产品出口。建立税率对比清单。", "巩固传统产品出口优势。", "支持农业企业注册境外商标。");
        assertThat(task.clauses().get(0).units()).containsExactly(UnitAssignment.responsible("合肥海关"));
        assertThat(task.clauses().get(1).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("省商务厅", LEAD), tuple("合肥海关", CO));
    }

    @Test
    void readsStyleD_clauseSpansPointAtTheirSentencesAndBracketInTheSource() {
        String text = "一、任务\r\n\u3000\u3000" + PARAGRAPH + "\r\n";

        ParsedTask task = parser.parse(text).tasks().get(0);

        ResponsibilityClause second = task.clauses().get(1);
        assertThat(text.substring(second.span().startOffset(), second.span().endOffset()))
                .isEqualTo("巩固传统产品出口优势。（省商务厅牵头，合肥海关配合）");
        assertThat(second.span().line()).isEqualTo(2);
        assertThat(second.span().column()).isEqualTo(text.indexOf("巩固") - text.indexOf("\u3000") + 1);
        assertThat(task.clauses().get(0).span().startOffset()).isEqualTo(text.indexOf("扩大"));
    }

    @Test
    void readsStyleD_aClauseCoversThePunctuationAfterItsBracketAndTheLastOneTheRest() {
        ParsedTask task = parser.parse("（一）优化政务服务。推动跨省通办（省政府办公厅牵头）。加强电子证照应用（省大数据局牵头）。" + "持续开展减证便民行动。")
                .tasks()
                .get(0);

        assertThat(task.clauses())
                .extracting(ResponsibilityClause::text)
                .containsExactly("优化政务服务。推动跨省通办。", "加强电子证照应用。持续开展减证便民行动。");
    }

    @Test
    void readsStyleD_aTaskWithOneBracketHasOneClauseCoveringItsText() {
        ParsedTask task = parser.parse("5.强化企业市场主体地位。简化核准手续。（海关总署负责）").tasks().get(0);

        assertThat(task.clauses()).singleElement().satisfies(clause -> {
            assertThat(clause.text()).isEqualTo(task.text());
            assertThat(clause.units()).isEqualTo(task.units());
        });
    }

    @Test
    void readsStyleD_aTaskWithoutUnitsHasNoClause() {
        assertThat(parser.parse("1.甲项工作。（市林业局）\n2.修订节能管理办法。加强监督检查。\n")
                        .tasks()
                        .get(1)
                        .clauses())
                .isEmpty();
    }

    @Test
    void readsStyleD_aUnitResponsibleForOneSentenceOnlyStaysResponsibleWhenNoClauseMarksALead() {
        ParsedTask task = parser.parse("16.加强标准化建设。（省经济和信息化厅负责）支持企业参与标准制订。（省市场监管局负责）")
                .tasks()
                .get(0);

        assertThat(task.units()).extracting(UnitAssignment::role).containsExactly(RESPONSIBLE, RESPONSIBLE);
        assertThat(task.clauses()).extracting(c -> c.units().size()).isEqualTo(List.of(1, 1));
    }

    @Test
    void readsStyleD_aClassOfUnitsCoOperatingInOneSentenceAndResponsibleForAnotherIsResponsible() {
        ParsedTask task = parser.parse("8.引领智慧服务发展。推进智慧物流建设（省交通运输厅牵头，各有关部门配合）。" + "发展数字创意产业（各有关部门分工负责）。")
                .tasks()
                .get(0);

        assertThat(task.units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("省交通运输厅", LEAD), tuple("各有关部门", LEAD));
    }
}

package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greenplan.parser.plan.AssignmentRole.CO;
import static org.greenplan.parser.plan.AssignmentRole.LEAD;
import static org.greenplan.parser.plan.AssignmentRole.RESPONSIBLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.parser.document.Block;
import org.greenplan.parser.document.BlockPosition;
import org.greenplan.parser.document.DocumentFormat;
import org.greenplan.parser.document.ParagraphBlock;
import org.greenplan.parser.document.SourceDocument;
import org.greenplan.parser.document.TableCell;
import org.greenplan.parser.document.TableRowBlock;
import org.junit.jupiter.api.Test;

/** Style m: task tables (任务分解表, 分工表) in a {@link SourceDocument}, read as task rows by their header. */
class PlanTableTests {

    private final PlanParser parser = new PlanParser();
    private final List<Block> blocks = new ArrayList<>();

    @Test
    void readsStyleM_rowsAsTasksUnderTheHeadingBeforeTheTable() {
        paragraph("2022年工作要点");
        paragraph("一、重点任务");
        row("序号", "工作任务", "完成时限", "责任单位");
        row("1", "推进林业碳汇项目。", "6月底前", "市林业局、市发展改革委");
        row("2", "开展节能监察。", "年底前", "市经济和信息化局");

        ParsedPlan plan = parse();

        assertThat(plan.tasks())
                .extracting(ParsedTask::path, ParsedTask::number, ParsedTask::text)
                .containsExactly(tuple(List.of("一", "1"), "1", "推进林业碳汇项目。"), tuple(List.of("一", "2"), "2", "开展节能监察。"));
        assertThat(plan.tasks().get(0).unitNames(RESPONSIBLE)).containsExactly("市林业局", "市发展改革委");
        assertThat(plan.tasks())
                .extracting(t -> t.deadline().date())
                .containsExactly(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 12, 31));
        assertThat(plan.issues()).isEmpty();
    }

    @Test
    void readsAnUnlabelledUnitClauseAtTheEndOfATaskCell() {
        row("序号", "工作任务", "完成时限", "责任单位");
        row("1", "推进林业碳汇项目。(市林业局)", "6月底前", "");
        row("2", "开展节能监察。（市经济和信息化局牵头，市生态环境局配合）", "年底前", "");

        ParsedPlan plan = parse();

        assertThat(plan.tasks()).extracting(ParsedTask::text).containsExactly("推进林业碳汇项目。", "开展节能监察。");
        assertThat(plan.tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("市林业局", RESPONSIBLE));
        assertThat(plan.tasks().get(1).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("市经济和信息化局", LEAD), tuple("市生态环境局", CO));
    }

    @Test
    void readsStyleM_leadAndCoColumns() {
        row("序号", "工作任务", "牵头单位", "配合单位", "责任单位");
        row("1", "建设齐鲁科学城。", "市科技局", "市教育局", "市工业和信息化局");

        assertThat(parse().tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("市科技局", LEAD), tuple("市教育局", CO), tuple("市工业和信息化局", CO));
    }

    @Test
    void readsStyleM_aTaskCellMergedOverSeveralRowsAsAHeadingAboveItsMeasures() {
        rowOf(cell("1", 2, false), cell("优化营商环境", 2, false), TableCell.of("推行一网通办。"), TableCell.of("市审批服务局"));
        rowOf(cell("1", 1, true), cell("优化营商环境", 1, true), TableCell.of("压减审批时限。"), TableCell.of("市发展改革委"));
        blocks.add(0, header("序号", "工作任务", "具体措施", "责任单位"));

        ParsedPlan plan = parse();

        assertThat(plan.headings())
                .extracting(Heading::path, Heading::title)
                .containsExactly(tuple(List.of("1"), "优化营商环境"));
        assertThat(plan.tasks()).extracting(ParsedTask::text).containsExactly("推行一网通办。", "压减审批时限。");
        assertThat(plan.tasks()).extracting(ParsedTask::path).containsExactly(List.of("1", ""), List.of("1", ""));
    }

    @Test
    void readsStyleM_aSectionRowAcrossTheTableAsAHeading() {
        row("序号", "工作任务", "责任单位");
        blocks.add(new TableRowBlock(List.of(new TableCell("一、产业发展", 1, 3, false)), position()));
        row("1", "培育龙头企业。", "市工业和信息化局");

        ParsedPlan plan = parse();

        assertThat(plan.headings()).extracting(Heading::number, Heading::title).containsExactly(tuple("一", "产业发展"));
        assertThat(plan.tasks().get(0).path()).containsExactly("一", "1");
    }

    @Test
    void readsStyleM_namesRunTogetherSplitAtAUnitEndingBeforeALevel() {
        row("序号", "工作任务", "责任单位");
        row("1", "推进数据共享。", "市大数据局市委宣传部 市发展改革委");

        assertThat(parse().tasks().get(0).unitNames(RESPONSIBLE)).containsExactly("市大数据局", "市委宣传部", "市发展改革委");
    }

    @Test
    void readsStyleM_reportsNamesThatMayBeSeveralRunTogether() {
        row("序号", "工作任务", "责任单位");
        row("1", "推进数据共享。", "发展改革委财政部");

        ParsedPlan plan = parse();

        assertThat(plan.tasks().get(0).unitNames(RESPONSIBLE)).containsExactly("发展改革委财政部");
        assertThat(plan.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.message()).contains("连在一起", "发展改革委财政部");
        });
    }

    @Test
    void readsStyleM_aHeaderWithARemarkAndTheFirstListedRuleStatedInIt() {
        row("序号", "重点任务", "责任单位（列第一位者为牵头单位）");
        row("1", "培育龙头企业。", "市工业和信息化局、市科技局");

        assertThat(parse().tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("市工业和信息化局", LEAD), tuple("市科技局", CO));
    }

    @Test
    void readsStyleM_reportsATableItCannotReadAsTasks() {
        paragraph("一、重点项目");
        row("项目名称", "建设内容", "总投资");
        row("智算中心", "建设智能算力平台", "10亿元");

        ParsedPlan plan = parse();

        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.issues())
                .extracting(ParseIssue::line, ParseIssue::message)
                .contains(tuple(2, "表格未读作任务表（表头没有工作任务或具体措施列，或没有责任单位或牵头单位列）：项目名称\t建设内容\t总投资"));
    }

    @Test
    void readsStyleM_spansPointIntoTheDocumentText() {
        paragraph("一、重点任务");
        row("序号", "工作任务", "责任单位");
        row("1", "推进林业碳汇项目。", "市林业局");
        SourceDocument document = new SourceDocument(DocumentFormat.DOCX, blocks);

        ParsedTask task = parser.parse(document).tasks().get(0);

        assertThat(document.blockAtLine(task.span().line())).containsSame(blocks.get(2));
        assertThat(document.toText()
                        .substring(task.span().startOffset(), task.span().endOffset()))
                .isEqualTo(task.sourceText())
                .isEqualTo("1\t推进林业碳汇项目。\t市林业局");
    }

    @Test
    void parsesTheParagraphsOfADocumentAsText() {
        paragraph("一、总体要求");
        paragraph("1.推进林业碳汇项目。（市林业局）");

        assertThat(parse().toOutline())
                .isEqualTo(parser.parse("一、总体要求\n1.推进林业碳汇项目。（市林业局）").toOutline());
    }

    private ParsedPlan parse() {
        return parser.parse(new SourceDocument(DocumentFormat.DOCX, blocks));
    }

    private void paragraph(String text) {
        blocks.add(new ParagraphBlock(text, position()));
    }

    private void row(String... cells) {
        blocks.add(header(cells));
    }

    private TableRowBlock header(String... cells) {
        return new TableRowBlock(
                java.util.Arrays.stream(cells).map(TableCell::of).toList(), position());
    }

    private void rowOf(TableCell... cells) {
        blocks.add(new TableRowBlock(List.of(cells), position()));
    }

    private static TableCell cell(String text, int rowSpan, boolean continuesAbove) {
        return new TableCell(text, rowSpan, 1, continuesAbove);
    }

    private BlockPosition position() {
        return BlockPosition.ofIndex(blocks.size() + 1);
    }
}

package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.greenplan.parser.plan.AssignmentRole;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.PlanParser;
import org.greenplan.parser.plan.UnitAssignment;
import org.junit.jupiter.api.Test;

/**
 * A task table flattened one cell a paragraph (as document-sharing sites and web copies render a Word
 * table) is rebuilt into rows by its header and read as a table. Invented 青溪 examples.
 */
class FlatTablesTests {

    private static final String HEADER = "序号\n\n指标任务\n\n牵头单位\n\n责任人\n\n配合单位\n\n";

    @Test
    void rebuildsATableFlattenedOneCellAParagraphFromItsHeader() {
        String text = "青溪县创建森林城市目标任务及责任分工\n\n" + HEADER
                + "1\n\n全县森林覆盖率达到70%。\n\n县林业局\n\n张某\n\n各镇办\n\n"
                + "2\n\n城区绿化覆盖率达到40%以上。\n\n县城管局\n\n李某\n\n城关街道办事处县域工业集中区\n\n";

        SourceDocument document = read(text);
        ParsedPlan plan = new PlanParser().parse(document);

        assertThat(document.blocks())
                .filteredOn(TableRowBlock.class::isInstance)
                .extracting(Block::text)
                .containsExactly(
                        "序号\t指标任务\t牵头单位\t责任人\t配合单位",
                        "1\t全县森林覆盖率达到70%。\t县林业局\t张某\t各镇办",
                        "2\t城区绿化覆盖率达到40%以上。\t县城管局\t李某\t城关街道办事处县域工业集中区");
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(plan.tasks().get(1).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("县城管局", AssignmentRole.LEAD),
                        tuple("城关街道办事处", AssignmentRole.CO),
                        tuple("县域工业集中区", AssignmentRole.CO));
        assertThat(plan.tasks().get(0).targets())
                .extracting(t -> t.comparator().symbol() + " " + t.value() + " " + t.unit())
                .containsExactly(">= 70 %");
        assertThat(plan.issues()).noneMatch(i -> i.severity() == ParseIssue.Severity.ERROR);
    }

    @Test
    void endsTheTableAtARowThatLacksACellAndLeavesItForReview() {
        String text = HEADER
                + "1\n\n全县森林覆盖率达到70%。\n\n县林业局\n\n张某\n\n各镇办\n\n"
                + "2\n\n城区绿化覆盖率达到40%以上。\n\n县城管局\n\n李某\n\n"
                + "3\n\n建成口袋公园5个。\n\n县住建局\n\n王某\n\n各镇办";

        SourceDocument document = read(text);

        assertThat(document.blocks())
                .filteredOn(TableRowBlock.class::isInstance)
                .hasSize(2);
        assertThat(document.toText()).contains("\n2\n\n城区绿化覆盖率达到40%以上。\n");
        assertThat(new PlanParser().parse(document).issues())
                .filteredOn(i -> i.severity() == ParseIssue.Severity.WARNING)
                .extracting(ParseIssue::line, ParseIssue::message)
                .contains(tuple(4, "表格（每格一段）第 2 行的单元格填不满表头的 5 列（缺一格），无法按列读取：从这一行起按段落读取，请核对这些行的任务和责任单位"));
    }

    @Test
    void leavesParagraphsAloneWithoutAHeaderNamingATaskAndAUnitColumn() {
        String text = "序号\n\n类别\n\n备注\n\n1\n\n甲\n\n乙\n\n";

        assertThat(read(text).blocks()).noneMatch(TableRowBlock.class::isInstance);
    }

    private static SourceDocument read(String text) {
        return DocumentReaders.read(text.getBytes(StandardCharsets.UTF_8), "plan.txt");
    }
}

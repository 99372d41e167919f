package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.greenplan.parser.plan.AssignmentRole;
import org.greenplan.parser.plan.IssueCode;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.PlanParser;
import org.greenplan.parser.plan.UnitAssignment;
import org.junit.jupiter.api.Test;

/**
 * A task table a web page flattened to one row a line, cells separated by spaces that also stand inside
 * wrapped cells, is rebuilt by its header and read as a table. Invented 青溪 examples.
 */
class SpacedTablesTests {

    private static final String HEADER = "序号 领域 工作任务 具体措施 牵头单位 配合单位 完成时限\n";

    @Test
    void splitsRowsByTheHeaderJoiningTheTailsOfWrappedCells() {
        String text = "青溪县大气污染防治任务分解表\n\n" + HEADER
                + "1 工业污 染治理 整治涉气企业 完成30家涉气企业深度治理。 县生态环境局 县工信局、 县市场监管局 2024年底\n"
                + "2  淘汰燃煤 锅炉 淘汰10蒸吨以下燃煤锅炉12台。 县市场监管局 县生态环境局 6月底\n";

        SourceDocument document = read(text);
        ParsedPlan plan = new PlanParser().parse(document);

        assertThat(document.blocks())
                .filteredOn(TableRowBlock.class::isInstance)
                .extracting(Block::text)
                .containsExactly(
                        "序号\t领域\t工作任务\t具体措施\t牵头单位\t配合单位\t完成时限",
                        "1\t工业污染治理\t整治涉气企业\t完成30家涉气企业深度治理。\t县生态环境局\t县工信局、县市场监管局\t2024年底",
                        "2\t工业污染治理\t淘汰燃煤锅炉\t淘汰10蒸吨以下燃煤锅炉12台。\t县市场监管局\t县生态环境局\t6月底");
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(plan.tasks())
                .extracting(ParsedTask::text)
                .containsExactly("整治涉气企业：完成30家涉气企业深度治理。", "淘汰燃煤锅炉：淘汰10蒸吨以下燃煤锅炉12台。");
        assertThat(plan.tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(
                        tuple("县生态环境局", AssignmentRole.LEAD),
                        tuple("县工信局", AssignmentRole.CO),
                        tuple("县市场监管局", AssignmentRole.CO));
        assertThat(plan.tasks().get(0).deadline().date()).hasToString("2024-12-31");
    }

    @Test
    void endsTheTableAtARowWhoseUnitColumnHoldsNoUnitsAndSaysSo() {
        String text = HEADER + "1 工业 整治涉气企业 完成30家涉气企业深度治理。 县生态环境局 县工信局 2024年底\n" + "2 工业 淘汰燃煤锅炉 淘汰燃煤锅炉12台 按计划推进 年内\n";

        SourceDocument document = read(text);

        assertThat(document.blocks())
                .filteredOn(TableRowBlock.class::isInstance)
                .hasSize(2);
        assertThat(new PlanParser().parse(document).issues()).anySatisfy(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.SPACED_TABLE_ROW_UNREAD);
            assertThat(issue.message()).contains("第 2 行", "7 列");
        });
    }

    @Test
    void leavesALineOfColumnNamesWithoutNumberedRowsAsText() {
        String text = HEADER + "各项任务按上表执行。\n";

        assertThat(read(text).blocks()).noneMatch(TableRowBlock.class::isInstance);
    }

    private static SourceDocument read(String text) {
        return DocumentReaders.read(text.getBytes(StandardCharsets.UTF_8), "plan.txt");
    }
}

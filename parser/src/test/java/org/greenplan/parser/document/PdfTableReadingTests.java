package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.parser.plan.IssueCode;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.PlanParser;
import org.greenplan.parser.quality.ExpectedPlan;
import org.greenplan.parser.quality.PlanComparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tables printed to PDF (任务分解表) are read as rows of cells, as the docx reader reads Word tables, so the
 * same plan parses alike from both; what a PDF cannot tell (merged cells, a header that does not name its
 * columns) is a warning on the review page.
 */
class PdfTableReadingTests {

    private static final Path GOLDEN =
            Path.of("src", "test", "resources", "plans", "suzhou-2022-green-development-work-points.expected.json");

    private static SourceDocument document;
    private static ParsedPlan plan;

    @BeforeAll
    static void readTheSuzhouTablePdf() {
        document = DocumentReaders.read(PdfFixtures.taskTables(ReferenceText.lines()), "plan.pdf");
        plan = new PlanParser().parse(document);
    }

    @Test
    void readsEachTableRowAsOneRowOfThreeCellsWithWrappedCellsRejoined() {
        List<TableRowBlock> rows = document.blocks().stream()
                .filter(TableRowBlock.class::isInstance)
                .map(TableRowBlock.class::cast)
                .toList();

        assertThat(rows).allSatisfy(row -> assertThat(row.cells()).hasSize(3));
        assertThat(rows.get(0).text()).isEqualTo("序号\t工作任务\t责任单位");
        String[] second = ReferenceText.taskParts(ReferenceText.lines().stream()
                .filter(line -> line.startsWith("2."))
                .findFirst()
                .orElseThrow());
        assertThat(rows.get(2).cells()).extracting(TableCell::text).containsExactly(second);
        assertThat(second[2]).isEqualTo("人民银行宿州市中心支行、市地方金融监管局");
        assertThat(rows)
                .filteredOn(row -> !row.cells().get(0).text().equals("序号"))
                .extracting(row -> row.cells().get(0).text())
                .containsExactlyElementsOf(numbers(1, 34));
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void parsesTheTablePdfToTheGoldenTasksUnitsAndTargets() {
        PlanComparison.Result result = PlanComparison.compare(plan, ExpectedPlan.read(GOLDEN));

        assertThat(plan.tasks()).hasSize(34);
        assertThat(result.tasks().f1()).isEqualTo(1.0);
        assertThat(result.units().f1()).isEqualTo(1.0);
        // every golden target is found; the extra ones (5) are the same the text itself gives
        assertThat(result.targets().recall()).isEqualTo(1.0);
        assertThat(result)
                .isEqualTo(PlanComparison.compare(
                        new PlanParser().parse(ReferenceText.text()), ExpectedPlan.read(GOLDEN)));
        assertThat(plan.headings()).hasSize(3 + 11);
        assertThat(plan.issues()).noneMatch(i -> i.severity() != ParseIssue.Severity.INFO);
    }

    @Test
    void findsAllElevenRequiredTargetsOfTheGoldenFile() {
        List<String> required = new ArrayList<>();
        List<String> found = new ArrayList<>();
        JsonNode golden = JsonMapper.shared().readTree(GOLDEN.toFile());
        for (JsonNode part : golden.get("parts")) {
            for (JsonNode section : part.get("sections")) {
                for (JsonNode task : section.get("tasks")) {
                    ParsedTask parsed = plan.tasks().get(task.get("number").asInt() - 1);
                    List<String> keys = parsed.targets().stream()
                            .map(t -> key(t.comparator().symbol(), t.value(), t.unit()))
                            .toList();
                    for (JsonNode target : task.get("targets")) {
                        if (target.path("required").asBoolean()) {
                            String key = key(
                                    target.get("comparator").asString(),
                                    target.get("value").decimalValue(),
                                    target.get("unit").asString().replace("percentage_point", "pp"));
                            required.add(task.get("number").asInt() + " " + key);
                            if (keys.contains(key)) {
                                found.add(task.get("number").asInt() + " " + key);
                            }
                        }
                    }
                }
            }
        }

        assertThat(required)
                .hasSize(golden.get("counts").get("required_numeric_targets").asInt());
        assertThat(found).containsExactlyElementsOf(required);
    }

    @Test
    void readsAnUnruledTableWhoseTextComesOutOfTheFileColumnByColumn() {
        byte[] pdf = PdfTableFixtures.drawnColumnByColumn(
                "青溪区2024年城市环境整治任务分解表",
                List.of(
                        List.of("序号", "工作任务", "责任单位", "完成时限"),
                        List.of("1", "完成老旧小区改造12个。", "区住建局", "6月"),
                        List.of("2", "新建城市绿道20公里以上。", "区城管局、区园林中心", "9月"),
                        List.of("3", "整治背街小巷30条。", "区城管局", "12月")));

        SourceDocument read = DocumentReaders.read(pdf, "table.pdf");
        ParsedPlan parsed = new PlanParser().parse(read);

        assertThat(read.toText())
                .isEqualTo("青溪区2024年城市环境整治任务分解表\n"
                        + "序号\t工作任务\t责任单位\t完成时限\n"
                        + "1\t完成老旧小区改造12个。\t区住建局\t6月\n"
                        + "2\t新建城市绿道20公里以上。\t区城管局、区园林中心\t9月\n"
                        + "3\t整治背街小巷30条。\t区城管局\t12月");
        assertThat(parsed.tasks())
                .extracting(
                        ParsedTask::number,
                        t -> t.units().stream().map(u -> u.name()).toList())
                .containsExactly(
                        tuple("1", List.of("区住建局")), tuple("2", List.of("区城管局", "区园林中心")), tuple("3", List.of("区城管局")));
        assertThat(parsed.tasks().get(1).targets())
                .extracting(t -> t.comparator().symbol() + " " + t.value() + " " + t.unit())
                .containsExactly(">= 20 km");
    }

    @Test
    void warnsOfCellsMergedOverSeveralRowsOfAnUnruledTableInsteadOfGuessingTheirRows() {
        byte[] pdf = PdfTableFixtures.unruled(
                "青溪区2024年农业绿色发展任务分解表",
                List.of(
                        PdfTableFixtures.cells("序号", "工作任务", "责任单位"),
                        PdfTableFixtures.cells("1", "推进秸秆综合利用，综合利用率达到92%以上。", "3|区农业农村局"),
                        PdfTableFixtures.cells("2", "推进畜禽粪污资源化利用，综合利用率超过82%。"),
                        PdfTableFixtures.cells("3", "推进化肥农药减量增效。"),
                        PdfTableFixtures.cells("4", "推进林业碳汇项目。", "区林业局")));

        SourceDocument read = DocumentReaders.read(pdf, "merged.pdf");
        ParsedPlan parsed = new PlanParser().parse(read);

        assertThat(parsed.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3", "4");
        assertThat(parsed.tasks().get(0).units()).extracting(u -> u.name()).containsExactly("区农业农村局");
        assertThat(parsed.tasks().get(3).units()).extracting(u -> u.name()).containsExactly("区林业局");
        assertThat(parsed.issues())
                .filteredOn(i -> i.severity() == ParseIssue.Severity.WARNING)
                .extracting(ParseIssue::message)
                .contains("PDF 第 1 页表格的“责任单位”列在 2、3 行为空：可能是合并单元格（PDF 中合并单元格的文字只出现在其中一行），请核对这些行");
    }

    @Test
    void readsASectionRowPrintedAcrossTheTableAsAHeadingOverTheRowsBelowIt() {
        String across = "<tr><td colspan=\"3\">%s</td></tr>";
        byte[] pdf = PdfTableFixtures.ruled(
                "青溪区2024年大气污染防治重点任务分工表",
                List.of(
                        PdfTableFixtures.cells("序号", "工作任务", "责任单位"),
                        across.formatted("一、扬尘治理"),
                        PdfTableFixtures.cells("1", "城区建筑工地全面落实扬尘防控措施。", "区住建局"),
                        PdfTableFixtures.cells("2", "渣土运输车辆全部安装卫星定位装置。", "区城管局、区公安分局"),
                        across.formatted("二、移动源治理"),
                        PdfTableFixtures.cells("3", "淘汰国三及以下排放标准营运柴油货车120辆。", "区交通运输局")));

        ParsedPlan parsed = new PlanParser().parse(DocumentReaders.read(pdf, "sections.pdf"));

        assertThat(parsed.headings())
                .extracting(h -> h.number() + " " + h.title())
                .containsExactly("一 扬尘治理", "二 移动源治理");
        assertThat(parsed.tasks())
                .extracting(t -> String.join("/", t.path()), t -> t.units().size())
                .containsExactly(tuple("一/1", 1), tuple("一/2", 2), tuple("二/3", 1));
        // the page has no notice header: only its title lines are reported as unknown header text
        assertThat(parsed.issues()).extracting(ParseIssue::code).containsOnly(IssueCode.UNRECOGNISED_HEADER_TEXT);
    }

    @Test
    void warnsWhenTheHeaderDoesNotNameEveryColumn() {
        byte[] pdf = PdfTableFixtures.drawnColumnByColumn(
                "青溪区2024年城市环境整治任务分解表",
                List.of(
                        List.of("序号", "工作任务", "", "责任单位"),
                        List.of("1", "完成老旧小区改造12个。", "区住建局", "6月"),
                        List.of("2", "新建城市绿道20公里以上。", "区城管局", "9月")));

        ParsedPlan parsed = new PlanParser().parse(DocumentReaders.read(pdf, "table.pdf"));

        assertThat(parsed.issues())
                .filteredOn(i -> i.severity() == ParseIssue.Severity.WARNING)
                .extracting(ParseIssue::message)
                .contains("PDF 第 1 页表格的表头只有 3 格，下面的文字却排成 4 列：各列对应哪个表头无法确定，请核对该表各行，或上传 Word 版本");
    }

    private static String key(String comparator, BigDecimal value, String unit) {
        return comparator + " "
                + (value == null ? "-" : value.stripTrailingZeros().toPlainString()) + " " + unit;
    }

    private static List<String> numbers(int from, int to) {
        List<String> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(Integer.toString(i));
        }
        return numbers;
    }
}

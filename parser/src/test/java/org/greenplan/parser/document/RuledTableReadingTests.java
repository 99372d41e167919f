package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.PlanParser;
import org.greenplan.parser.quality.ExpectedPlan;
import org.greenplan.parser.quality.PlanComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tables with drawn cell borders are read by their rules: a cell whose text wraps or has wide gaps stays
 * one cell, merged cells keep their spans, a table broken across pages under a repeated header stays one
 * table, and the rows have the shape the docx reader gives the same table in Word.
 */
class RuledTableReadingTests {

    private static final Path GOLDEN =
            Path.of("src", "test", "resources", "plans", "suzhou-2022-green-development-work-points.expected.json");
    private static final float[] FOUR = {32, 70, 283, 90};

    @ParameterizedTest(name = "borders as {0}")
    @EnumSource(RuledTableFixtures.Borders.class)
    void readsTheSuzhouBreakdownTablePdfIntoTheSameRowsAsTheSameTableInDocx(RuledTableFixtures.Borders borders) {
        SourceDocument pdf = DocumentReaders.read(SuzhouBreakdown.pdf(ReferenceText.lines(), borders), "plan.pdf");
        SourceDocument docx = DocumentReaders.read(SuzhouBreakdown.docx(ReferenceText.lines()), "plan.docx");

        assertThat(pdf.toText()).isEqualTo(docx.toText());
        assertThat(cells(pdf)).isEqualTo(cells(docx));
        assertThat(pdf.warnings()).isEmpty();
        List<TableRowBlock> rows = rows(pdf);
        // three tables (one per part), one header each though the first two break across pages
        assertThat(rows).filteredOn(r -> r.cells().get(0).text().equals("序号")).hasSize(3);
        assertThat(rows.get(1).cells())
                .extracting(TableCell::text, TableCell::rowSpan, TableCell::continuesAbove)
                .containsExactly(
                        tuple("1", 1, false),
                        tuple("建立健全绿色产业体系", 5, false),
                        tuple(ReferenceText.taskParts(ReferenceText.lines().get(8))[1], 1, false),
                        tuple("市经济和信息化局", 1, false),
                        tuple("2022年12月底", 1, false));
        assertThat(rows.get(5).cells().get(1)).isEqualTo(new TableCell("建立健全绿色产业体系", 1, 1, true));
    }

    @Test
    void parsesTheRuledBreakdownTablePdfToTheGoldenTasksUnitsAndAllElevenRequiredTargets() {
        byte[] pdf = SuzhouBreakdown.pdf(ReferenceText.lines(), RuledTableFixtures.Borders.LINES);
        ParsedPlan plan = new PlanParser().parse(DocumentReaders.read(pdf, "plan.pdf"));

        PlanComparison.Result result = PlanComparison.compare(plan, ExpectedPlan.read(GOLDEN));
        assertThat(plan.tasks()).hasSize(34);
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactlyElementsOf(numbers(34));
        assertThat(result.tasks().f1()).isEqualTo(1.0);
        assertThat(result.units().f1()).isEqualTo(1.0);
        assertThat(result.targets().recall()).isEqualTo(1.0);
        assertThat(plan.tasks())
                .allSatisfy(task -> assertThat(task.deadline().date()).isEqualTo(LocalDate.of(2022, 12, 31)));
        assertThat(plan.tasks().get(1).units()).extracting(u -> u.name()).containsExactly("人民银行宿州市中心支行", "市地方金融监管局");
        assertThat(requiredTargetsFound(plan)).hasSize(11);
    }

    @Test
    void keepsCellsMergedOverRowsAndColumnsAndCellsWithWideGapsWhole() {
        byte[] pdf = RuledTableFixtures.draw(List.of(
                RuledTableFixtures.Piece.paragraph("青溪区2024年农业绿色发展工作要点"),
                RuledTableFixtures.Piece.table(
                        FOUR,
                        List.of(
                                List.of("-4|青溪区2024年农业绿色发展任务分解表"),
                                List.of("序号", "类别", "工作任务", "责任单位"),
                                List.of("1", "2|秸秆与粪污", "推进秸秆综合利用，综合利用率达到92%以上。", "3|区农业农村局"),
                                List.of("2", "推进畜禽粪污资源化利用，综合利用率超过82%。"),
                                List.of("3", "化肥农药", "推进化肥减量增效。      示范面积1万亩。"),
                                List.of("4", "林业", "推进林业碳汇项目。", "区林业局")))));

        SourceDocument read = DocumentReaders.read(pdf, "merged.pdf");
        ParsedPlan parsed = new PlanParser().parse(read);

        List<TableRowBlock> rows = rows(read);
        assertThat(rows.get(0).cells()).containsExactly(new TableCell("青溪区2024年农业绿色发展任务分解表", 1, 4, false));
        assertThat(rows.get(2).cells())
                .containsExactly(
                        TableCell.of("1"),
                        new TableCell("秸秆与粪污", 2, 1, false),
                        TableCell.of("推进秸秆综合利用，综合利用率达到92%以上。"),
                        new TableCell("区农业农村局", 3, 1, false));
        assertThat(rows.get(3).cells().get(1)).isEqualTo(new TableCell("秸秆与粪污", 1, 1, true));
        assertThat(rows.get(4).cells())
                .containsExactly(
                        TableCell.of("3"),
                        TableCell.of("化肥农药"),
                        TableCell.of("推进化肥减量增效。示范面积1万亩。"),
                        new TableCell("区农业农村局", 1, 1, true));
        assertThat(read.warnings()).isEmpty();
        assertThat(parsed.tasks())
                .extracting(
                        ParsedTask::number,
                        t -> t.units().stream().map(u -> u.name()).toList())
                .containsExactly(
                        tuple("1", List.of("区农业农村局")),
                        tuple("2", List.of("区农业农村局")),
                        tuple("3", List.of("区农业农村局")),
                        tuple("4", List.of("区林业局")));
        assertThat(parsed.tasks().get(0).targets())
                .extracting(t -> t.comparator().symbol() + " " + t.value() + " " + t.unit())
                .containsExactly(">= 92 %");
        assertThat(parsed.issues()).noneMatch(i -> i.severity() == ParseIssue.Severity.WARNING);
    }

    @Test
    void readsATableBrokenAcrossTwoPagesWithItsHeaderRepeatedAsOneTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "类别", "工作任务", "责任单位"));
        for (int i = 1; i <= 8; i++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(i));
            if (i == 1 || i == 6) {
                row.add(i == 1 ? "5|城市环境" : "3|农村环境");
            }
            row.add("整治第" + i + "批背街小巷，完成改造提升" + (10 + i) + "条，同步完善照明、排水和绿化设施。");
            row.add(i % 2 == 0 ? "区城管局" : "区住建局");
            rows.add(row);
        }
        byte[] pdf = RuledTableFixtures.draw(
                List.of(
                        RuledTableFixtures.Piece.paragraph("青溪区2024年城市环境整治工作要点"),
                        RuledTableFixtures.Piece.table(FOUR, rows),
                        RuledTableFixtures.Piece.paragraph("注：责任单位排在第一位的为牵头单位。")),
                RuledTableFixtures.Borders.LINES,
                true,
                560);

        SourceDocument read = DocumentReaders.read(pdf, "split.pdf");
        ParsedPlan parsed = new PlanParser().parse(read);

        List<TableRowBlock> table = rows(read);
        assertThat(table).extracting(r -> r.position().page()).contains(1, 2);
        assertThat(table)
                .extracting(r -> r.cells().get(0).text())
                .containsExactly("序号", "1", "2", "3", "4", "5", "6", "7", "8");
        int firstOnPage2 =
                (int) table.stream().filter(r -> r.position().page() == 1).count();
        assertThat(firstOnPage2).isBetween(2, 8);
        assertThat(table.stream().map(r -> r.cells().get(1)).toList())
                .extracting(TableCell::text)
                .containsExactly("类别", "城市环境", "城市环境", "城市环境", "城市环境", "城市环境", "农村环境", "农村环境", "农村环境");
        assertThat(table.get(1).cells().get(1).rowSpan()).isEqualTo(5);
        assertThat(table.get(6).cells().get(1).rowSpan()).isEqualTo(3);
        assertThat(read.toText()).endsWith("\n注：责任单位排在第一位的为牵头单位。");
        assertThat(parsed.tasks()).extracting(ParsedTask::number).containsExactlyElementsOf(numbers(8));
        assertThat(parsed.tasks().get(3).text()).isEqualTo("整治第4批背街小巷，完成改造提升14条，同步完善照明、排水和绿化设施。");
        assertThat(parsed.tasks()).allSatisfy(t -> assertThat(t.units()).hasSize(1));
    }

    @Test
    void carriesAMergedCellOverThePageBreakWhereItsTextStandsOnTheFirstPageOnly() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "类别", "工作任务", "责任单位"));
        for (int i = 1; i <= 6; i++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(i));
            if (i == 1) {
                row.add("6|水环境治理");
            }
            row.add("完成第" + i + "段河道清淤疏浚，长度" + i + "公里，并建立河长巡河台账，按月报送巡查结果。");
            row.add("区水利局");
            rows.add(row);
        }
        byte[] pdf = RuledTableFixtures.draw(
                List.of(
                        RuledTableFixtures.Piece.paragraph("青溪区2024年水环境治理工作要点"),
                        RuledTableFixtures.Piece.table(FOUR, rows)),
                RuledTableFixtures.Borders.FILLED,
                true,
                640);

        List<TableRowBlock> table = rows(DocumentReaders.read(pdf, "split.pdf"));

        assertThat(table).extracting(r -> r.position().page()).contains(1, 2);
        assertThat(table).hasSize(7);
        assertThat(table.get(1).cells().get(1)).isEqualTo(new TableCell("水环境治理", 6, 1, false));
        assertThat(table.subList(2, 7))
                .extracting(r -> r.cells().get(1))
                .containsOnly(new TableCell("水环境治理", 1, 1, true));
    }

    @Test
    void readsAPageSetInTwoColumnsInReadingOrderThoughItsLinesComeScrambled() {
        SourceDocument read = DocumentReaders.read(TwoColumnFixture.draw(), "columns.pdf");
        ParsedPlan parsed = new PlanParser().parse(read);

        assertThat(read.blocks()).allMatch(ParagraphBlock.class::isInstance);
        assertThat(read.toText())
                .isEqualTo(String.join(
                        "\n",
                        "青溪区2024年绿色发展工作要点",
                        "一、推进绿色低碳发展",
                        "1.开展工业节能监察，培育绿色工厂2家以上。（责任单位：区经信局）",
                        "2.推进秸秆综合利用，综合利用率达到92%以上。（责任单位：区农业农村局）",
                        "3.新建城市绿道20公里。（责任单位：区城管局）",
                        "二、打好污染防治攻坚战",
                        "4.强化建筑施工扬尘污染防治。（责任单位：区住建局）",
                        "5.推进林业碳汇项目，新增造林面积500亩。（责任单位：区林业局）",
                        "6.加强固废危废环境管理。（责任单位：区生态环境分局、区公安分局）"));
        assertThat(parsed.headings())
                .extracting(h -> h.number() + " " + h.title())
                .containsExactly("一 推进绿色低碳发展", "二 打好污染防治攻坚战");
        assertThat(parsed.tasks())
                .extracting(
                        t -> String.join("/", t.path()),
                        t -> t.units().stream().map(u -> u.name()).toList())
                .containsExactly(
                        tuple("一/1", List.of("区经信局")),
                        tuple("一/2", List.of("区农业农村局")),
                        tuple("一/3", List.of("区城管局")),
                        tuple("二/4", List.of("区住建局")),
                        tuple("二/5", List.of("区林业局")),
                        tuple("二/6", List.of("区生态环境分局", "区公安分局")));
    }

    @Test
    void leavesAFramedParagraphOfOneColumnToTheTextReader() {
        byte[] pdf = RuledTableFixtures.draw(List.of(
                RuledTableFixtures.Piece.paragraph("青溪区2024年节能工作要点"),
                RuledTableFixtures.Piece.table(new float[] {475}, List.of(List.of("说明：本要点所列任务均须于年底前完成。"))),
                RuledTableFixtures.Piece.paragraph("1.开展节能宣传周活动。（责任单位：区发展改革委）")));

        SourceDocument read = DocumentReaders.read(pdf, "framed.pdf");

        assertThat(read.blocks()).allMatch(ParagraphBlock.class::isInstance);
        assertThat(read.toText()).contains("说明：本要点所列任务均须于年底前完成。");
    }

    private static List<TableRowBlock> rows(SourceDocument document) {
        return document.blocks().stream()
                .filter(TableRowBlock.class::isInstance)
                .map(TableRowBlock.class::cast)
                .toList();
    }

    private static List<List<TableCell>> cells(SourceDocument document) {
        return rows(document).stream().map(TableRowBlock::cells).toList();
    }

    private static List<String> numbers(int to) {
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= to; i++) {
            numbers.add(Integer.toString(i));
        }
        return numbers;
    }

    /** @return the golden file's required targets the plan's task of the same number has */
    private static List<String> requiredTargetsFound(ParsedPlan plan) {
        List<String> found = new ArrayList<>();
        JsonNode golden = JsonMapper.shared().readTree(GOLDEN.toFile());
        assertThat(golden.get("counts").get("required_numeric_targets").asInt()).isEqualTo(11);
        for (JsonNode part : golden.get("parts")) {
            for (JsonNode section : part.get("sections")) {
                for (JsonNode task : section.get("tasks")) {
                    ParsedTask parsed = plan.tasks().get(task.get("number").asInt() - 1);
                    List<String> keys = parsed.targets().stream()
                            .map(t -> key(t.comparator().symbol(), t.value(), t.unit()))
                            .toList();
                    for (JsonNode target : task.get("targets")) {
                        if (!target.path("required").asBoolean()) {
                            continue;
                        }
                        String key = key(
                                target.get("comparator").asString(),
                                target.get("value").decimalValue(),
                                target.get("unit").asString().replace("percentage_point", "pp"));
                        if (keys.contains(key)) {
                            found.add(task.get("number").asInt() + " " + key);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String key(String comparator, BigDecimal value, String unit) {
        return comparator + " "
                + (value == null ? "-" : value.stripTrailingZeros().toPlainString()) + " " + unit;
    }
}

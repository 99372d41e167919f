package org.greenplan.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the ledger as an .xlsx workbook in the office's layout: a title row, a frozen header row
 * with filters, wrapped text, fixed column widths that fit Chinese text, A4 landscape printing with
 * the header repeated on every page, and status cells coloured by their light. Written with Apache
 * POI, which Excel and WPS both open.
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
    private static final int[] WIDTHS = {6, 22, 22, 60, 18, 24, 28, 14, 30, 10};

    static final int HEADER_ROW = 1;

    private LedgerWorkbook() {}

    static byte[] write(String title, List<LedgerRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("台账");
            LedgerStyles styles = new LedgerStyles(workbook);
            SpreadsheetText cells = new SpreadsheetText(workbook);
            writeTitle(sheet, title, styles.title, cells);
            writeHeader(sheet, styles.header);
            for (LedgerRow row : rows) {
                writeRow(sheet.createRow(HEADER_ROW + row.sequence()), row, styles, cells);
            }
            layout(sheet, rows.size());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ledger workbook", e);
        }
    }

    private static void writeTitle(Sheet sheet, String title, CellStyle style, SpreadsheetText cells) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(28);
        cells.write(row.createCell(0), title + "任务台账", style);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
    }

    private static void writeHeader(Sheet sheet, CellStyle style) {
        Row row = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.size(); c++) {
            row.createCell(c).setCellValue(HEADERS.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    /** User text (task, units, targets, progress…) goes through {@link SpreadsheetText}: never a formula. */
    private static void writeRow(Row row, LedgerRow data, LedgerStyles styles, SpreadsheetText cells) {
        writeNumber(row, data, styles.centred, cells);
        List<String> texts = texts(data);
        for (int c = 0; c < texts.size(); c++) {
            boolean status = c + 1 == HEADERS.size() - 1;
            cells.write(row.createCell(c + 1), texts.get(c), status ? styles.status(data.light()) : styles.body);
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

    /** 序号 is the task's number as the document prints it, so a unit's ledger still reads 6, 8, 10…. */
    private static void writeNumber(Row row, LedgerRow data, CellStyle style, SpreadsheetText cells) {
        String number = data.number();
        if (number != null && number.matches("\\d{1,6}")) {
            row.createCell(0).setCellValue(Integer.parseInt(number));
            row.getCell(0).setCellStyle(style);
        } else if (number != null && !number.isBlank()) {
            cells.write(row.createCell(0), number, style);
        } else {
            row.createCell(0).setCellValue(data.sequence());
            row.getCell(0).setCellStyle(style);
        }
    }

    private static void layout(Sheet sheet, int rowCount) {
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

    /** The workbook's cell styles, made once per workbook (Excel limits the number of styles). */
    private static final class LedgerStyles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle centred;
        private final java.util.Map<LedgerRow.Light, CellStyle> statuses =
                new java.util.EnumMap<>(LedgerRow.Light.class);

        LedgerStyles(XSSFWorkbook workbook) {
            title = workbook.createCellStyle();
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setFont(font(workbook, 16, true));
            header = bordered(workbook);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFont(font(workbook, 11, true));
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = bordered(workbook);
            body.setFont(font(workbook, 10, false));
            centred = bordered(workbook);
            centred.setAlignment(HorizontalAlignment.CENTER);
            centred.setFont(font(workbook, 10, false));
            statuses.put(LedgerRow.Light.GREEN, filled(workbook, IndexedColors.LIGHT_GREEN));
            statuses.put(LedgerRow.Light.YELLOW, filled(workbook, IndexedColors.LIGHT_YELLOW));
            statuses.put(LedgerRow.Light.RED, filled(workbook, IndexedColors.ROSE));
            statuses.put(LedgerRow.Light.REPORTED, filled(workbook, IndexedColors.PALE_BLUE));
            statuses.put(LedgerRow.Light.PENDING, filled(workbook, IndexedColors.LEMON_CHIFFON));
            statuses.put(LedgerRow.Light.NOT_REPORTED, filled(workbook, IndexedColors.GREY_25_PERCENT));
        }

        CellStyle status(LedgerRow.Light light) {
            return statuses.get(light);
        }

        private CellStyle filled(XSSFWorkbook workbook, IndexedColors colour) {
            CellStyle style = bordered(workbook);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setFont(font(workbook, 10, false));
            style.setFillForegroundColor(colour.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static Font font(XSSFWorkbook workbook, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName("宋体");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }
    }
}

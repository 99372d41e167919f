package org.greenplan.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger workbook written a row at a time as the rows are made (a 3,000-task plan never holds its
 * rows at once): POI's streaming writer (SXSSF) keeps a window of {@value LedgerWorkbook#WINDOW} rows per
 * sheet in memory and flushes the rest to a temporary file, removed by {@link #close()}. The cells, styles,
 * heights, merged regions and sheets are those {@link LedgerWorkbook#write} gives for the same rows in a
 * list: a sheet is opened when its first row comes (one 台账, or one per 一级分类 in order of appearance),
 * and runs of equal categories ({@link CategoryRuns}) are followed row by row, so a merged run's later rows
 * are written empty and the merged regions added when the sheet is finished, column 1's first.
 *
 * <p>Use: {@link #add} every row in document order, then {@link #writeTo} once, then {@link #close()}.
 */
final class LedgerSheets implements AutoCloseable {
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), LedgerWorkbook.WINDOW);
    private final LedgerStyles styles = new LedgerStyles(workbook);
    private final SpreadsheetText cells = new SpreadsheetText(workbook);
    private final String title;
    private final LedgerOptions options;
    /** 一级分类 (or the one flat sheet's key) → its sheet, in order of appearance. */
    private final Map<String, Open> sheets = new LinkedHashMap<>();

    private final Map<String, Open> byName = new LinkedHashMap<>();

    /**
     * @param title   the plan's title; the title row reads {@code <title>任务台账}
     * @param options the layout and whether categories are merged
     */
    LedgerSheets(String title, LedgerOptions options) {
        this.title = title;
        this.options = options;
    }

    /** Writes the next row (document order) into its sheet. */
    void add(LedgerRow row) {
        String key = options.layout() == LedgerOptions.Layout.FLAT ? "" : row.part();
        sheets.computeIfAbsent(key, k -> open(name(k))).add(row);
    }

    /**
     * Finishes every sheet (merged runs, widths, filter, print set-up) and writes the workbook.
     *
     * @param out receives the .xlsx bytes; not closed
     * @throws UncheckedIOException when writing fails
     */
    void writeTo(OutputStream out) {
        if (sheets.isEmpty()) {
            // a plan without tasks: the one flat sheet with its title and header, as the list writer gives it
            sheets.put("", open(LedgerWorkbook.FLAT_SHEET));
        }
        sheets.values().forEach(Open::finish);
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ledger workbook", e);
        }
    }

    /** Removes the temporary files. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the ledger workbook", e);
        }
    }

    /** @return 台账, or the 一级分类 made a safe sheet name unique in the workbook */
    private String name(String part) {
        return options.layout() == LedgerOptions.Layout.FLAT
                ? LedgerWorkbook.FLAT_SHEET
                : LedgerWorkbook.uniqueName(byName, part);
    }

    private Open open(String name) {
        Open sheet = new Open(workbook.createSheet(name));
        byName.put(name, sheet);
        LedgerWorkbook.writeTitle(sheet.sheet, title, styles.title, cells);
        LedgerWorkbook.writeHeader(sheet.sheet, styles.header);
        return sheet;
    }

    /** A sheet being written: its rows so far and its open runs of equal categories. */
    private final class Open {
        private static final int FIRST_ROW = LedgerWorkbook.HEADER_ROW + 1;
        private final Sheet sheet;
        private final List<CellRangeAddress> partRuns = new ArrayList<>();
        private final List<CellRangeAddress> sectionRuns = new ArrayList<>();
        private int count;
        private LedgerRow previous;
        private int partStart;
        private int sectionStart;

        Open(Sheet sheet) {
            this.sheet = sheet;
        }

        void add(LedgerRow row) {
            List<Integer> hidden = new ArrayList<>(2);
            if (options.mergeCategories()) {
                partStart = follow(row, 1, partStart, partRuns, hidden);
                sectionStart = follow(row, 2, sectionStart, sectionRuns, hidden);
            }
            LedgerWorkbook.writeRow(sheet.createRow(FIRST_ROW + count), row, styles, cells, hidden);
            previous = row;
            count++;
        }

        /**
         * @return the index of the row starting the run the new row belongs to; a run that ends here is added
         *     when it spans two rows or more and names a category, and the new row's cell is hidden when it
         *     continues a run that names one
         */
        private int follow(LedgerRow row, int column, int start, List<CellRangeAddress> runs, List<Integer> hidden) {
            if (previous != null && CategoryRuns.sameRun(previous, row, column)) {
                if (!CategoryRuns.key(row, column).isBlank()) {
                    hidden.add(column);
                }
                return start;
            }
            close(start, column, runs);
            return count;
        }

        private void close(int start, int column, List<CellRangeAddress> runs) {
            if (count - start > 1 && !CategoryRuns.key(previous, column).isBlank()) {
                runs.add(new CellRangeAddress(FIRST_ROW + start, FIRST_ROW + count - 1, column, column));
            }
        }

        void finish() {
            if (options.mergeCategories() && previous != null) {
                close(partStart, 1, partRuns);
                close(sectionStart, 2, sectionRuns);
            }
            partRuns.forEach(sheet::addMergedRegion);
            sectionRuns.forEach(sheet::addMergedRegion);
            LedgerWorkbook.layout(sheet, count);
        }
    }
}

package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables on the pages of a PDF: a run of lines set apart into the same columns ({@link
 * PdfTableGrid}), starting at a line of two or more pieces and holding at least two such lines, with
 * the lines of wrapped cells in between. A run of one such line at the top of a page continues the table
 * that ended the page before when its columns line up (a table broken across pages).
 */
final class PdfTables {

    private PdfTables() {}

    /** @param pages the lines of each page in reading order, furniture removed */
    static List<PdfTable> find(List<List<LayoutLine>> pages) {
        List<PdfTable> tables = new ArrayList<>();
        PdfTable endedPage = null;
        for (List<LayoutLine> page : pages) {
            PdfTable last = null;
            int i = 0;
            while (i < page.size()) {
                PdfTable table = tableAt(page, i, i == 0 ? endedPage : null);
                if (table == null) {
                    i++;
                    last = null;
                    continue;
                }
                tables.add(table);
                i += table.lines().size();
                last = table;
            }
            endedPage = last;
        }
        return tables;
    }

    /** @param before the table that ended the previous page, when this is the first line of a page */
    private static PdfTable tableAt(List<LayoutLine> page, int start, PdfTable before) {
        PdfTableGrid grid = PdfTableGrid.startingAt(page.get(start));
        if (grid == null) {
            return null;
        }
        int lastSetApart = start;
        int setApart = 1;
        int end = start + 1;
        while (end < page.size() && grid.fits(page.get(end))) {
            grid.add(page.get(end));
            if (page.get(end).spans().size() > 1) {
                lastSetApart = end;
                setApart++;
            }
            end++;
        }
        boolean continues = before != null && before.grid().alignsWith(grid);
        if (setApart < 2 && !continues) {
            return null;
        }
        int stop = end;
        if (end < page.size() && stop > lastSetApart + 1 && !continues) {
            stop = trailingLinesEnd(page, start, lastSetApart, end);
        }
        return new PdfTable(page.subList(start, stop), grid);
    }

    /**
     * Lines in one piece after the last line set apart belong to its row while they follow as closely as
     * the lines of one cell do.
     */
    private static int trailingLinesEnd(List<LayoutLine> page, int start, int lastSetApart, int end) {
        double cellGap = Double.MAX_VALUE;
        for (int i = start + 1; i <= lastSetApart; i++) {
            cellGap = Math.min(cellGap, page.get(i).baseline() - page.get(i - 1).baseline());
        }
        int stop = lastSetApart + 1;
        while (stop < end && page.get(stop).baseline() - page.get(stop - 1).baseline() <= cellGap * 1.1) {
            stop++;
        }
        return stop;
    }
}

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
                if (table == null && PdfTableGrid.startingAt(page.get(i)) != null) {
                    PdfTable header = new PdfTable(List.of(page.get(i)), PdfTableGrid.startingAt(page.get(i)));
                    table = acrossRowAndRest(page, i + 1, header);
                }
                if (table == null) {
                    i++;
                    last = null;
                    continue;
                }
                i += table.lines().size();
                PdfTable across = acrossRowAndRest(page, i, table);
                if (across != null) {
                    i += across.lines().size() - table.lines().size();
                    table = across;
                }
                tables.add(table);
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
     * A line across the table's columns (a section row: 一、产业发展) followed by more rows in the same columns
     * belongs to the table: the table with that line and the rows after it, or null. Rows after it that
     * start with a header are a new table, and the line between is a heading printed between two tables.
     */
    private static PdfTable acrossRowAndRest(List<LayoutLine> page, int next, PdfTable table) {
        List<LayoutLine> lines = new ArrayList<>(table.lines());
        int at = next;
        while (at + 1 < page.size() && isAcross(page.get(at), table.grid())) {
            PdfTable rest = tableAt(page, at + 1, table);
            if (rest == null
                    || PdfTableDoubts.isHeader(rest.rows().get(0))
                    || !rest.lines().stream().allMatch(table.grid()::fits)) {
                break;
            }
            rest.lines().forEach(table.grid()::add);
            lines.add(page.get(at));
            lines.addAll(rest.lines());
            at += 1 + rest.lines().size();
        }
        return at == next ? null : new PdfTable(lines, table.grid());
    }

    /**
     * A line in one piece within the table's width that is no wrapped cell: it crosses a gutter or stands in
     * one, or it stands apart from its column's left edge (centred across the table).
     */
    static boolean isAcross(LayoutLine line, PdfTableGrid grid) {
        if (line.spans().size() != 1) {
            return false;
        }
        LayoutLine.Span span = line.spans().get(0);
        List<PdfTableGrid.Column> columns = grid.columns();
        double slack = line.fontSize();
        boolean within = span.left() >= columns.get(0).left() - slack
                && span.right() <= columns.get(columns.size() - 1).right() + slack;
        int column = grid.columnOf(span);
        return within && (column < 0 || !grid.startsColumn(span, column, slack));
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

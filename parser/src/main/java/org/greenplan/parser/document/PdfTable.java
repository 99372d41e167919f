package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;

/**
 * One table found on a PDF page: its lines, its column grid, and its rows of cells.
 *
 * <p>Rows: where the space between some lines is clearly larger than between the lines of one cell
 * (cell padding, rules), a larger space starts a row; where all lines are evenly spaced, a line with
 * text in the first column (序号) starts a row. A cell's lines are joined as a paragraph's. A line across
 * the columns (a section row, 一、产业发展) is a row of its own, its text in the first cell.
 */
final class PdfTable {

    /** A space this much larger than the smallest between two lines separates two rows. */
    private static final double ROW_GAP = 1.25;

    private final List<LayoutLine> lines;
    private final PdfTableGrid grid;

    PdfTable(List<LayoutLine> lines, PdfTableGrid grid) {
        this.lines = List.copyOf(lines);
        this.grid = grid;
    }

    List<LayoutLine> lines() {
        return lines;
    }

    PdfTableGrid grid() {
        return grid;
    }

    int page() {
        return lines.get(0).page();
    }

    /** @return the rows, top to bottom, each with one text per column (empty where the cell is blank) */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        boolean byGaps = hasRowGaps();
        double smallest = smallestGap();
        List<StringBuilder> row = null;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine line = lines.get(i);
            if (PdfTables.isAcross(line, grid)) {
                rows.add(across(line.spans().get(0).text()));
                row = null;
                continue;
            }
            boolean starts = row == null
                    || gap(i) > ROW_GAP * smallest
                    || (!byGaps && grid.columnOf(line.spans().get(0)) == 0);
            if (starts) {
                row = newRow();
                rows.add(List.of());
            }
            for (LayoutLine.Span span : line.spans()) {
                StringBuilder cell = row.get(Math.max(0, grid.columnOf(span)));
                String joined = TextJoin.join(cell.toString(), span.text());
                cell.setLength(0);
                cell.append(joined);
            }
            rows.set(rows.size() - 1, texts(row));
        }
        return rows;
    }

    /** A section row printed across the table: its text in the first cell, the others blank. */
    private List<String> across(String text) {
        List<String> row = new ArrayList<>();
        row.add(TextJoin.dropSpacesBesideWide(TextJoin.oneLine(text)));
        for (int c = 1; c < grid.size(); c++) {
            row.add("");
        }
        return row;
    }

    private List<StringBuilder> newRow() {
        List<StringBuilder> row = new ArrayList<>();
        for (int c = 0; c < grid.size(); c++) {
            row.add(new StringBuilder());
        }
        return row;
    }

    private static List<String> texts(List<StringBuilder> row) {
        return row.stream()
                .map(cell -> TextJoin.dropSpacesBesideWide(TextJoin.oneLine(cell.toString())))
                .toList();
    }

    private double gap(int index) {
        return lines.get(index).baseline() - lines.get(index - 1).baseline();
    }

    private double smallestGap() {
        double smallest = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            smallest = Math.min(smallest, gap(i));
        }
        return smallest;
    }

    /**
     * Two kinds of spacing, within a cell and (larger) between rows, seen at least twice each: then the
     * spacing alone tells the rows apart, even where a first-column cell wraps.
     */
    private boolean hasRowGaps() {
        double smallest = smallestGap();
        int large = 0;
        int small = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (gap(i) > ROW_GAP * smallest) {
                large++;
            } else {
                small++;
            }
        }
        return smallest > 0 && large >= 2 && small >= 2;
    }
}

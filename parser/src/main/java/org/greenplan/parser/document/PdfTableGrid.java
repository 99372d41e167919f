package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a table printed to PDF, as the x-intervals its text covers: two cells side by side leave
 * a gutter no line crosses. Built line by line from the first line with two or more {@link
 * LayoutLine.Span}s; a line fits when none of its spans crosses a gutter.
 */
final class PdfTableGrid {

    /** A column: the x-interval covered by the text of its cells. */
    record Column(double left, double right) {
        boolean overlaps(LayoutLine.Span span) {
            return span.left() < right && span.right() > left;
        }
    }

    private final List<Column> columns = new ArrayList<>();

    private PdfTableGrid(List<LayoutLine.Span> spans) {
        spans.forEach(span -> columns.add(new Column(span.left(), span.right())));
    }

    /** @return the grid of a line set apart in two or more pieces, or null for a line in one piece */
    static PdfTableGrid startingAt(LayoutLine line) {
        return line.spans().size() < 2 ? null : new PdfTableGrid(line.spans());
    }

    int size() {
        return columns.size();
    }

    List<Column> columns() {
        return List.copyOf(columns);
    }

    /**
     * A line fits when each span overlaps exactly one column, and a line in one piece (the last lines of a
     * wrapped cell) starts at its column's left edge; it never crosses a gutter. A line set apart
     * may bring a column of its own, between or beside the others (a column the header left unnamed).
     */
    boolean fits(LayoutLine line) {
        boolean setApart = line.spans().size() > 1;
        for (LayoutLine.Span span : line.spans()) {
            int column = columnOf(span);
            if (column < 0 && setApart && overlapsNone(span)) {
                continue;
            }
            if (column < 0) {
                return false;
            }
            if (line.spans().size() == 1 && !startsColumn(span, column, line.fontSize())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line in one piece continues a wrapped cell only where it starts at the cell's left edge (within a
     * font size): text centred across the table (a section row) or a paragraph after it does not.
     */
    boolean startsColumn(LayoutLine.Span span, int column, double fontSize) {
        return column >= 0 && Math.abs(span.left() - columns.get(column).left()) <= fontSize;
    }

    /** Widens the columns by a fitting line's spans, adding a column for a span beside all of them. */
    void add(LayoutLine line) {
        for (LayoutLine.Span span : line.spans()) {
            if (overlapsNone(span)) {
                int at = 0;
                while (at < columns.size() && columns.get(at).left() < span.left()) {
                    at++;
                }
                columns.add(at, new Column(span.left(), span.right()));
                continue;
            }
            int column = columnOf(span);
            Column at = columns.get(column);
            columns.set(column, new Column(Math.min(at.left(), span.left()), Math.max(at.right(), span.right())));
        }
    }

    /** @return whether the other grid has as many columns, each overlapping the one at its place */
    boolean alignsWith(PdfTableGrid other) {
        if (other.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            Column a = columns.get(i);
            Column b = other.columns.get(i);
            if (a.left() >= b.right() || b.left() >= a.right()) {
                return false;
            }
        }
        return true;
    }

    private boolean overlapsNone(LayoutLine.Span span) {
        return columns.stream().noneMatch(column -> column.overlaps(span));
    }

    /** @return the only column the span overlaps, or -1 when it overlaps none or crosses a gutter */
    int columnOf(LayoutLine.Span span) {
        int found = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).overlaps(span)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }
}

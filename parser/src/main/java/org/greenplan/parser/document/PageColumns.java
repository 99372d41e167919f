package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page set in two columns of running text (a newsletter or bulletin layout). Sorted by position, its lines
 * pair a line of the left column with the line of the right column beside it, which the gap reader takes for
 * a table of two columns. Two columns that are each at least {@value #SHARE} of the text's width, under a
 * first row that names no column ({@link TableHeader}), are such a layout: their lines are read back in
 * reading order, the left column top to bottom and then the right, each stretched over the text's width (a line
 * keeps its distance from its column's left and right edges) so that wrapped lines rejoin as in one column.
 */
final class PageColumns {

    /** The least share of the text's width each column of a two-column layout covers. */
    static final double SHARE = 0.3;

    private PageColumns() {}

    /** @return whether the table found by the gaps is a two-column page layout instead */
    static boolean isLayout(PdfTable table, double textWidth) {
        List<PdfTableGrid.Column> columns = table.grid().columns();
        if (columns.size() != 2 || table.rows().isEmpty()) {
            return false;
        }
        boolean wide = columns.stream().allMatch(c -> c.right() - c.left() >= SHARE * textWidth);
        boolean named = table.rows().get(0).stream().anyMatch(cell -> TableHeader.of(cell) != null);
        return wide && !named;
    }

    /**
     * @param text the text's margins (left and right) on the page
     * @return the pages with the layouts' lines replaced by their columns' lines in reading order
     */
    static List<List<LayoutLine>> unfold(List<List<LayoutLine>> pages, List<PdfTable> layouts, PageGeometry text) {
        Map<LayoutLine, PdfTable> first = new IdentityHashMap<>();
        Map<LayoutLine, Boolean> inLayout = new IdentityHashMap<>();
        for (PdfTable layout : layouts) {
            first.put(layout.lines().get(0), layout);
            layout.lines().forEach(line -> inLayout.put(line, true));
        }
        List<List<LayoutLine>> unfolded = new ArrayList<>();
        for (List<LayoutLine> page : pages) {
            List<LayoutLine> lines = new ArrayList<>();
            for (LayoutLine line : page) {
                if (first.containsKey(line)) {
                    lines.addAll(readingOrder(first.get(line), text));
                } else if (!inLayout.containsKey(line)) {
                    lines.add(line);
                }
            }
            unfolded.add(lines);
        }
        return unfolded;
    }

    private static List<LayoutLine> readingOrder(PdfTable layout, PageGeometry text) {
        List<PdfTableGrid.Column> columns = layout.grid().columns();
        double middle = (columns.get(0).right() + columns.get(1).left()) / 2;
        List<LayoutLine> left = new ArrayList<>();
        List<LayoutLine> right = new ArrayList<>();
        for (LayoutLine line : layout.lines()) {
            for (LayoutLine.Span span : line.spans()) {
                boolean isRight = span.left() >= middle;
                PdfTableGrid.Column column = columns.get(isRight ? 1 : 0);
                LayoutLine piece = new LayoutLine(
                        span.text(),
                        line.page(),
                        text.left() + (span.left() - column.left()),
                        Math.max(text.left(), text.right() - (column.right() - span.right())),
                        line.baseline(),
                        line.fontSize());
                (isRight ? right : left).add(piece);
            }
        }
        List<LayoutLine> ordered = new ArrayList<>(left);
        ordered.addAll(right);
        return Collections.unmodifiableList(ordered);
    }
}

package org.greenplan.parser.document;

import java.util.List;

/**
 * A ruled table read from one PDF page, in page units with y growing downwards.
 *
 * @param page    1-based page
 * @param top     y of its top rule
 * @param bottom  y of its bottom rule
 * @param columns x of its column edges, left to right
 * @param rows    its rows of cells, shaped as the docx reader shapes a Word table's
 * @param pages   the page of each row (a table continued on the next page has rows on both)
 */
record RuledTable(
        int page, double top, double bottom, List<Double> columns, List<List<TableCell>> rows, List<Integer> pages) {

    RuledTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        pages = List.copyOf(pages);
        if (pages.size() != rows.size()) {
            throw new IllegalArgumentException("a page for each row: " + pages.size() + " for " + rows.size());
        }
    }

    /** A table on one page. */
    RuledTable(int page, double top, double bottom, List<Double> columns, List<List<TableCell>> rows) {
        this(page, top, bottom, columns, rows, java.util.Collections.nCopies(rows.size(), page));
    }

    /** @return the page of the last row */
    int lastPage() {
        return pages.isEmpty() ? page : pages.get(pages.size() - 1);
    }

    /** @return whether the other table has the same column edges (within a tolerance): a table continued */
    boolean sameColumns(RuledTable other) {
        if (other.columns.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - other.columns.get(i)) > 2 * RuledGrids.TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}

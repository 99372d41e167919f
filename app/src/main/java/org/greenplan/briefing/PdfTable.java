package org.greenplan.briefing;

import java.util.List;
import java.util.Locale;

/**
 * A table as the PDF prints it: its columns, each with the width {@link ColumnWidths} measured for it, the rows
 * of cell texts and the last line spanning the table when the row bound left rows out.
 *
 * @param columns   the columns, in order
 * @param rows      each row's cell texts, one per column
 * @param remainder 及其他 N 项，详见台账, or empty
 * @param keepPt    the height of the header row and the first row, in points: a page with less room left
 *                  starts the table on the next page, so that a header row is never printed alone
 */
record PdfTable(List<Column> columns, List<List<String>> rows, String remainder, float keepPt) {
    PdfTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * One column.
     *
     * @param label   the header cell's text, printed on one line
     * @param centred whether the cells are short values printed centred on one line (numbers, a status)
     * @param widthPt the column's width in points, cell padding and border included
     */
    record Column(String label, boolean centred, float widthPt) {
        /** @return the width as a CSS length */
        public String width() {
            return String.format(Locale.ROOT, "%.2fpt", widthPt);
        }
    }

    /** @return {@link #keepPt} as a CSS length */
    public String keep() {
        return String.format(Locale.ROOT, "%.1fpt", keepPt);
    }

    /** @return whether the table has no row to print (it is then left out) */
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}

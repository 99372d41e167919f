package org.greenplan.parser.document;

import java.util.Objects;

/**
 * 单元格 — one cell of a {@link TableRowBlock}.
 *
 * <p>Merged cells: the cell where a vertical merge starts has {@code rowSpan > 1}; each cell it covers
 * in the rows below is present too, with {@code continuesAbove = true} and the <em>same text</em>, so
 * that every row carries e.g. its responsible unit even when the source merged that column.
 *
 * @param text           the cell's text on one line (paragraphs joined), never contains tab, CR or LF
 * @param rowSpan        rows covered by this cell, {@code >= 1}
 * @param colSpan        grid columns covered by this cell, {@code >= 1}
 * @param continuesAbove whether this cell is the lower part of a vertical merge
 */
public record TableCell(String text, int rowSpan, int colSpan, boolean continuesAbove) {

    /** @throws IllegalArgumentException if the text has a tab or line break, or a span is below 1 */
    public TableCell {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("cell text must be one line without tabs: " + text);
        }
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be >= 1: " + rowSpan + "x" + colSpan);
        }
    }

    /** A plain, unmerged cell. */
    public static TableCell of(String text) {
        return new TableCell(text, 1, 1, false);
    }
}

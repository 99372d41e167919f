package org.greenplan.parser.document;

import java.util.List;
import java.util.Objects;

/**
 * Something a reader could read only with a doubt the office should check on the review page (cells of a
 * PDF table that may have been merged, a flattened table row that could not be placed). The plan parser turns each into a warning.
 *
 * @param line 1-based line of {@link SourceDocument#toText()} where the doubt starts
 * @param kind what the doubt is
 * @param args the facts for the message, in the order {@link Kind} documents
 */
public record ReadWarning(int line, Kind kind, List<String> args) {

    /** The kinds of doubt. */
    public enum Kind {
        /**
         * A column of a PDF table has blank cells in rows whose other cells are filled: in a PDF a merged
         * cell's text stands in one row only. Args: page, the column's header, the rows (their first cells).
         */
        PDF_TABLE_BLANK_CELLS,
        /**
         * The header of a PDF table does not line up with its columns (fewer header cells than columns of
         * text below it), so which column is which is a guess. Args: page, header cells found, columns.
         */
        PDF_TABLE_COLUMNS_UNCLEAR,
        /**
         * A table flattened one cell a paragraph stops at a numbered row whose cells do not fill the header's
         * columns (a cell missing), so that row and the rest are read as paragraphs. Args: the row's number,
         * the number of columns.
         */
        FLAT_TABLE_ROW_UNREAD,
        /**
         * A table flattened one row a line, cells separated by spaces, stops at a numbered row that cannot be
         * split into the header's columns (a unit column without unit names, or too few cells), so that row
         * and the rest are read as paragraphs. Args: the row's number, the number of columns.
         */
        SPACED_TABLE_ROW_UNREAD
    }

    /** @throws IllegalArgumentException if {@code line < 1} */
    public ReadWarning {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }
}

package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a ruled table broken across pages: a table at the top of a page, with the same column edges as the
 * table that ended the page before and no text between them, continues it. Its first row is left out when it
 * repeats the header (the first row of the table it continues); a blank cell in its first row under a cell
 * merged over rows at the foot of the page before continues that merged cell (a word processor prints a
 * merged cell's text on its first page only).
 */
final class RuledTables {

    private RuledTables() {}

    /**
     * @param tables the ruled tables in page order
     * @param lines  the body lines of each page (text outside the tables)
     * @return the tables, each continuation joined to the table it continues
     */
    static List<RuledTable> joinPages(List<RuledTable> tables, List<List<LayoutLine>> lines) {
        List<RuledTable> joined = new ArrayList<>();
        for (RuledTable table : tables) {
            RuledTable last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && continues(last, table, lines)) {
                joined.set(joined.size() - 1, join(last, table));
            } else {
                joined.add(table);
            }
        }
        return joined;
    }

    private static boolean continues(RuledTable before, RuledTable table, List<List<LayoutLine>> lines) {
        if (table.page() != before.lastPage() + 1 || !before.sameColumns(table)) {
            return false;
        }
        boolean textAfter = lines.get(before.lastPage() - 1).stream().anyMatch(l -> l.baseline() > before.bottom());
        boolean textBefore = lines.get(table.page() - 1).stream()
                .anyMatch(l -> l.baseline() < table.top() && !l.text().isBlank());
        return !textAfter && !textBefore;
    }

    /** The continuation's rows after the table's, as one table on the table's page. */
    private static RuledTable join(RuledTable table, RuledTable continuation) {
        List<List<TableCell>> rows = new ArrayList<>();
        table.rows().forEach(row -> rows.add(new ArrayList<>(row)));
        List<List<TableCell>> more = new ArrayList<>();
        continuation.rows().forEach(row -> more.add(new ArrayList<>(row)));
        List<Integer> pages = new ArrayList<>(table.pages());
        List<Integer> morePages = new ArrayList<>(continuation.pages());
        if (!more.isEmpty() && !rows.isEmpty() && texts(more.get(0)).equals(texts(rows.get(0)))) {
            more.remove(0);
            morePages.remove(0);
        }
        if (!more.isEmpty() && !rows.isEmpty()) {
            continueMerges(rows, more);
        }
        rows.addAll(more);
        pages.addAll(morePages);
        return new RuledTable(table.page(), table.top(), continuation.bottom(), table.columns(), rows, pages);
    }

    /** Blank cells at the top of the continuation under a cell merged over rows continue that cell. */
    private static void continueMerges(List<List<TableCell>> rows, List<List<TableCell>> more) {
        List<TableCell> last = rows.get(rows.size() - 1);
        List<TableCell> first = more.get(0);
        for (int i = 0; i < first.size(); i++) {
            TableCell blank = first.get(i);
            int column = column(first, i);
            int above = indexAt(last, column);
            if (!blank.text().isEmpty() || blank.continuesAbove() || above < 0) {
                continue;
            }
            TableCell upper = last.get(above);
            if (upper.colSpan() != blank.colSpan() || (upper.rowSpan() == 1 && !upper.continuesAbove())) {
                continue;
            }
            extend(rows, column, blank.rowSpan());
            String text = upper.text();
            for (int r = 0; r < blank.rowSpan() && r < more.size(); r++) {
                int at = indexAt(more.get(r), column);
                if (at >= 0) {
                    more.get(r).set(at, new TableCell(text, 1, blank.colSpan(), true));
                }
            }
        }
    }

    /** Adds {@code extra} rows to the row span of the merged cell that reaches the last row at the column. */
    private static void extend(List<List<TableCell>> rows, int column, int extra) {
        for (int r = rows.size() - 1; r >= 0; r--) {
            int at = indexAt(rows.get(r), column);
            TableCell cell = at < 0 ? null : rows.get(r).get(at);
            if (cell != null && !cell.continuesAbove()) {
                rows.get(r).set(at, new TableCell(cell.text(), cell.rowSpan() + extra, cell.colSpan(), false));
                return;
            }
        }
    }

    /** @return the grid column where the row's cell at {@code index} starts */
    private static int column(List<TableCell> row, int index) {
        int column = 0;
        for (int i = 0; i < index; i++) {
            column += row.get(i).colSpan();
        }
        return column;
    }

    /** @return the index of the row's cell starting at the grid column, or -1 */
    private static int indexAt(List<TableCell> row, int column) {
        int at = 0;
        for (int i = 0; i < row.size(); i++) {
            if (at == column) {
                return i;
            }
            at += row.get(i).colSpan();
        }
        return -1;
    }

    private static List<String> texts(List<TableCell> row) {
        return row.stream().map(TableCell::text).toList();
    }
}

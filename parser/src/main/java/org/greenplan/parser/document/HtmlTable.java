package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * Lays an HTML table out on its grid: a cell with {@code rowspan} is repeated (as a continuation with
 * the same text) in the rows it covers, so every row has all its columns.
 */
final class HtmlTable {

    private static final int MAX_SPAN = 1000;

    /** A cell still covering rows below: its text, width and how many rows it still covers. */
    private record Pending(String text, int colSpan, int rows) {}

    private HtmlTable() {}

    /** A table used for page layout (it nests tables, or has one cell per row) is read as blocks instead. */
    static boolean isLayout(Element table) {
        boolean nestsTables = table.getElementsByTag("table").size() > 1;
        return nestsTables || rows(table).stream().allMatch(row -> cells(row).size() <= 1);
    }

    /** @return the rows of the table (not of nested tables), each with its cells on the grid */
    static List<List<TableCell>> grid(Element table, Function<Element, String> cellText) {
        TreeMap<Integer, Pending> pending = new TreeMap<>();
        List<List<TableCell>> grid = new ArrayList<>();
        for (Element row : rows(table)) {
            TimedRead.checkpoint();
            List<TableCell> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : cells(row)) {
                column = fillPending(pending, column, cells);
                int rowSpan = span(cell, "rowspan");
                int colSpan = span(cell, "colspan");
                String text = cellText.apply(cell);
                cells.add(new TableCell(text, rowSpan, colSpan, false));
                if (rowSpan > 1) {
                    pending.put(column, new Pending(text, colSpan, rowSpan - 1));
                }
                column += colSpan;
            }
            fillRest(pending, column, cells);
            grid.add(cells);
        }
        return grid;
    }

    /** Adds continuation cells for the covered columns starting at {@code column}; returns the next free column. */
    private static int fillPending(TreeMap<Integer, Pending> pending, int column, List<TableCell> cells) {
        int at = column;
        while (pending.containsKey(at)) {
            at += consume(pending, at, cells);
        }
        return at;
    }

    /** After a row's last cell: continuation cells for every covered column from {@code column} on. */
    private static void fillRest(TreeMap<Integer, Pending> pending, int column, List<TableCell> cells) {
        for (Integer key : new ArrayList<>(pending.tailMap(column, true).keySet())) {
            consume(pending, key, cells);
        }
    }

    private static int consume(TreeMap<Integer, Pending> pending, int column, List<TableCell> cells) {
        Pending cell = pending.remove(column);
        cells.add(new TableCell(cell.text(), 1, cell.colSpan(), true));
        if (cell.rows() > 1) {
            pending.put(column, new Pending(cell.text(), cell.colSpan(), cell.rows() - 1));
        }
        return cell.colSpan();
    }

    private static List<Element> rows(Element table) {
        return table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
    }

    private static List<Element> cells(Element row) {
        return row.children().stream()
                .filter(cell -> cell.nameIs("td") || cell.nameIs("th"))
                .toList();
    }

    private static int span(Element cell, String attribute) {
        try {
            int span = Integer.parseInt(cell.attr(attribute).strip());
            return Math.max(1, Math.min(span, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one space-separated row of a flattened task table into its header's columns (see
 * {@link SpacedTables} for the rules and where they come from).
 */
final class SpacedRow {

    /** A unit cell ends like the name of a body, or in 等 (…农业局等). */
    private static final Pattern UNIT_CELL_END =
            Pattern.compile("(?:局|委|办|厅|部|院|署|会|社|所|站|队|处|科|室|组|中心|政府|公司|集团|单位|部门|机构|园区|片区|乡镇|街道|镇|乡|等)[）)]?$");
    /** A unit list wrapped in the middle: the piece before ends in a separator, or the next starts with one. */
    private static final String LIST_SEPARATORS = "、，,和及";

    private SpacedRow() {}

    /**
     * @param row     the row's text, starting with its number
     * @param columns the header's columns, the first one 序号
     * @return the cells in column order, or an empty list when the row cannot be split by these columns
     */
    static List<String> split(String row, List<TableHeader> columns) {
        List<String> pieces = new ArrayList<>(List.of(row.split("[ \\u3000]", -1)));
        String number = pieces.remove(0);
        List<String> right = new ArrayList<>();
        int last = columns.size() - 1;
        while (last > 0 && anchored(columns.get(last))) {
            String cell = takeRight(pieces, columns.get(last));
            if (cell == null) {
                return List.of();
            }
            right.add(0, cell);
            last--;
        }
        List<String> middle = middle(pieces, last);
        if (middle.isEmpty() && last > 0) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        cells.add(number);
        cells.addAll(middle);
        cells.addAll(right);
        return cells;
    }

    /** Unit and deadline columns hold one short piece each and are placed from the right. */
    private static boolean anchored(TableHeader column) {
        return column.holdsUnits() || column == TableHeader.DEADLINE;
    }

    /** @return the last cell of {@code pieces} (removed from them), or null when it cannot be this column's */
    private static String takeRight(List<String> pieces, TableHeader column) {
        if (pieces.isEmpty()) {
            return null;
        }
        String cell = pieces.remove(pieces.size() - 1);
        while (column.holdsUnits()
                && !cell.isEmpty()
                && !pieces.isEmpty()
                && wrappedList(pieces.get(pieces.size() - 1), cell)) {
            cell = pieces.remove(pieces.size() - 1) + cell;
        }
        boolean fits = cell.isEmpty()
                || !column.holdsUnits()
                || UNIT_CELL_END.matcher(cell).find();
        return fits ? cell : null;
    }

    private static boolean wrappedList(String before, String cell) {
        return !before.isEmpty()
                && (LIST_SEPARATORS.indexOf(before.charAt(before.length() - 1)) >= 0
                        || LIST_SEPARATORS.indexOf(cell.charAt(0)) >= 0);
    }

    /**
     * The text columns: a piece too many is the tail of a wrapped cell and joins the piece before it,
     * shortest first (a piece right after an empty cell starts a cell and is never a tail); too few pieces
     * leave the leftmost columns empty (a merged cell printed in an earlier row).
     *
     * @param width the number of text columns
     * @return the cells, or an empty list when there is no piece at all
     */
    private static List<String> middle(List<String> pieces, int width) {
        List<String> cells = new ArrayList<>(pieces);
        if (cells.stream().allMatch(String::isEmpty)) {
            return List.of();
        }
        while (cells.size() > width) {
            int tail = shortestTail(cells);
            if (tail < 0) {
                return List.of();
            }
            cells.set(tail - 1, join(cells.get(tail - 1), cells.remove(tail)));
        }
        while (cells.size() < width) {
            cells.add(0, "");
        }
        return cells;
    }

    /** @return the index of the shortest non-empty piece after a non-empty one, or -1 when there is none */
    private static int shortestTail(List<String> cells) {
        int best = -1;
        for (int i = 1; i < cells.size(); i++) {
            boolean candidate = !cells.get(i).isEmpty() && !cells.get(i - 1).isEmpty();
            if (candidate
                    && (best < 0 || cells.get(i).length() < cells.get(best).length())) {
                best = i;
            }
        }
        return best;
    }

    /** A wrap inside Chinese text leaves no space; between two Latin words it was one. */
    private static String join(String before, String after) {
        boolean latin = isLatin(before.charAt(before.length() - 1)) && isLatin(after.charAt(0));
        return before + (latin ? " " : "") + after;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}

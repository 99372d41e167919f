package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a PDF table cannot tell for sure. A PDF keeps no cell structure: a cell merged over several rows
 * prints its text once, so the other rows show a blank there; and a header with fewer cells than the
 * columns of text below it leaves open which column is which. Each doubt becomes a {@link ReadWarning}
 * on the first row concerned.
 */
final class PdfTableDoubts {

    /** A header cell is short: 序号, 工作任务, 责任单位, 完成时限. */
    private static final int HEADER_CELL_LENGTH = 12;

    /**
     * A doubt and the row (0-based, in the table's rows) it starts at.
     *
     * @param row  the row
     * @param kind the kind of doubt
     * @param args the warning's arguments
     */
    record Doubt(int row, ReadWarning.Kind kind, List<String> args) {}

    private PdfTableDoubts() {}

    /** @param rows the table's rows, each with a text per column */
    static List<Doubt> of(List<List<String>> rows, int page) {
        List<Doubt> doubts = new ArrayList<>();
        boolean header = isHeader(rows.get(0));
        int columns = rows.get(0).size();
        long named = rows.get(0).stream().filter(cell -> !cell.isEmpty()).count();
        if (!header && named < columns && looksLikeHeaderAsFarAsItGoes(rows.get(0))) {
            doubts.add(new Doubt(
                    0, ReadWarning.Kind.PDF_TABLE_COLUMNS_UNCLEAR, List.of(page(page), "" + named, "" + columns)));
        }
        int first = header ? 1 : 0;
        for (int c = 0; c < columns; c++) {
            blanks(rows, first, c, page, header).ifPresent(doubts::add);
        }
        doubts.sort(Comparator.comparingInt(Doubt::row));
        return doubts;
    }

    private static Optional<Doubt> blanks(List<List<String>> rows, int first, int column, int page, boolean header) {
        List<Integer> blank = new ArrayList<>();
        int filled = 0;
        for (int r = first; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (!row.get(column).isEmpty()) {
                filled++;
            } else if (row.stream().filter(cell -> !cell.isEmpty()).count() >= 2) {
                blank.add(r);
            }
        }
        if (blank.isEmpty() || filled < blank.size()) {
            return Optional.empty();
        }
        String name = header ? rows.get(0).get(column) : "第 " + (column + 1) + " 列";
        List<String> labels = blank.stream().map(r -> label(rows.get(r), r)).toList();
        return Optional.of(new Doubt(
                blank.get(0),
                ReadWarning.Kind.PDF_TABLE_BLANK_CELLS,
                List.of(page(page), name, String.join("、", labels))));
    }

    /** A row's label: its first cell when short (序号), else its place in the table. */
    private static String label(List<String> row, int index) {
        String first = row.get(0);
        return !first.isEmpty() && first.length() <= 4 ? first : "第 " + (index + 1) + " 行";
    }

    /** Every cell filled and short, none a sentence. */
    static boolean isHeader(List<String> row) {
        return row.stream().allMatch(cell -> !cell.isEmpty() && isHeaderCell(cell));
    }

    private static boolean looksLikeHeaderAsFarAsItGoes(List<String> row) {
        return row.stream().filter(cell -> !cell.isEmpty()).allMatch(PdfTableDoubts::isHeaderCell);
    }

    private static boolean isHeaderCell(String cell) {
        return cell.length() <= HEADER_CELL_LENGTH && !cell.matches(".*[。；;，,].*") && !cell.matches("\\d+");
    }

    private static String page(int page) {
        return Integer.toString(page);
    }
}

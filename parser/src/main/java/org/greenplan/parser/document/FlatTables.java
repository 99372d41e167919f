package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds task tables that a copy flattened into paragraphs, one cell a paragraph, as a document-sharing
 * site or a copy from a web page renders a Word table: {@code 序号} / {@code 指标任务} / {@code 牵头单位} /
 * {@code 责任人} / {@code 配合单位}, then {@code 1} / {@code 全县森林覆盖率达到69.8%。} / {@code 县林业局} / …
 * Blank paragraphs between cells are ignored.
 *
 * <p>The header is a run of at least three paragraphs that each name a column ({@link TableHeader}),
 * starting with 序号 and naming a task and a unit column; it gives the row width. Each row starts with its
 * number (1, 2, 3 …) and holds exactly one paragraph per column, none of them the next row's number. The
 * table ends at the first row that is not so (a missing cell cannot be placed): that row and what follows
 * stay paragraphs, for the plan parser to report.
 */
final class FlatTables {

    private final List<Block> in;
    private final List<Block> out = new ArrayList<>();
    private final List<ReadWarning> warnings = new ArrayList<>();
    private int at;

    private FlatTables(List<Block> blocks) {
        this.in = blocks;
    }

    /**
     * The blocks with each flattened table replaced by its rows, and a warning (on the block's own index)
     * where a table stopped at a numbered row it could not read.
     */
    record Rebuilt(List<Block> blocks, List<ReadWarning> warnings) {}

    /** @return the blocks with each flattened table replaced by its rows */
    static Rebuilt rebuild(List<Block> blocks) {
        FlatTables tables = new FlatTables(blocks);
        while (tables.at < blocks.size()) {
            if (!tables.table()) {
                tables.out.add(blocks.get(tables.at++));
            }
        }
        return new Rebuilt(tables.out, tables.warnings);
    }

    /** Reads a table starting at {@link #at}; false (nothing consumed) when none starts there. */
    private boolean table() {
        List<Integer> header = cells(at, Integer.MAX_VALUE, true);
        if (!isHeader(header)) {
            return false;
        }
        List<List<Integer>> rows = new ArrayList<>();
        int next = after(header);
        while (true) {
            List<Integer> row = cells(next, header.size(), false);
            if (!isRow(row, header.size(), rows.size() + 1)) {
                break;
            }
            rows.add(row);
            next = after(row);
        }
        if (rows.isEmpty()) {
            return false;
        }
        List<Integer> stopped = cells(next, 1, false);
        if (!stopped.isEmpty() && text(stopped.get(0)).equals(Integer.toString(rows.size() + 1))) {
            warnings.add(new ReadWarning(
                    in.get(stopped.get(0)).position().index(),
                    ReadWarning.Kind.FLAT_TABLE_ROW_UNREAD,
                    List.of(Integer.toString(rows.size() + 1), Integer.toString(header.size()))));
        }
        out.add(row(header));
        rows.forEach(row -> out.add(row(row)));
        at = next;
        return true;
    }

    /**
     * @param headers true to take header cells only (each naming a column), as many as there are
     * @return the indexes of up to {@code max} non-blank paragraphs from {@code from}, skipping blank ones
     */
    private List<Integer> cells(int from, int max, boolean headers) {
        List<Integer> cells = new ArrayList<>();
        for (int i = from; i < in.size() && cells.size() < max; i++) {
            if (!(in.get(i) instanceof ParagraphBlock paragraph)) {
                break;
            }
            if (paragraph.text().isBlank()) {
                continue;
            }
            if (headers && TableHeader.of(paragraph.text()) == null) {
                break;
            }
            cells.add(i);
        }
        return cells;
    }

    /** Numbered {@code number}, a paragraph per column, and none of them the next row's number. */
    private boolean isRow(List<Integer> row, int width, int number) {
        if (row.size() < width || !text(row.get(0)).equals(Integer.toString(number))) {
            return false;
        }
        String next = Integer.toString(number + 1);
        return row.stream().skip(1).noneMatch(i -> text(i).equals(next));
    }

    private boolean isHeader(List<Integer> cells) {
        if (cells.size() < 3 || TableHeader.of(text(cells.get(0))) != TableHeader.NUMBER) {
            return false;
        }
        List<TableHeader> named =
                cells.stream().map(i -> TableHeader.of(text(i))).toList();
        return named.stream().anyMatch(TableHeader::holdsUnits)
                && (named.contains(TableHeader.TASK) || named.contains(TableHeader.MEASURE));
    }

    private int after(List<Integer> cells) {
        return cells.isEmpty() ? at : cells.get(cells.size() - 1) + 1;
    }

    private String text(int index) {
        return in.get(index).text().strip();
    }

    private TableRowBlock row(List<Integer> cells) {
        List<TableCell> row = cells.stream().map(i -> TableCell.of(text(i))).toList();
        return new TableRowBlock(row, in.get(cells.get(0)).position());
    }
}

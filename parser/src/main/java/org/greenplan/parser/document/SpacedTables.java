package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds task tables that a web page flattened into text rows, one row a line and cells separated by
 * spaces: {@code 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位}, then {@code 1 加强水资源保 护 严守… 市水利局 …}.
 * The same spaces stand inside a cell where the page wrapped it ({@code 加强水资源保 护}), and two spaces in a
 * row mark an empty cell (a merged 类别 cell shown once).
 *
 * <p>The header is one line of three or more column names ({@link TableHeader}) separated by spaces,
 * starting with 序号 and naming a task and a unit column. Each row starts with its number (1, 2, 3 …).
 * Its cells are placed from both ends ({@link SpacedRow}): the number first; the unit and deadline columns
 * from the right, one piece each (a unit list wrapped after 、 or ， is joined again); the text columns in
 * between take the rest, where a piece too many is the tail of a wrapped cell and joins the cell before it
 * (the shortest piece first: every line of a wrapped cell but the last fills the column). A row that
 * cannot be split that way (a unit column holding no unit names, fewer pieces than columns) ends the table
 * with a warning: that row and the rest are read as paragraphs.
 */
final class SpacedTables {

    private static final Pattern ROW_NUMBER = Pattern.compile("^([0-9]{1,3})[ \\u3000]");

    private final List<Block> in;
    private final List<Block> out = new ArrayList<>();
    private final List<ReadWarning> warnings = new ArrayList<>();
    private int at;

    private SpacedTables(List<Block> blocks) {
        this.in = blocks;
    }

    /** @return the blocks with each space-separated table replaced by its rows, and the warnings */
    static FlatTables.Rebuilt rebuild(List<Block> blocks) {
        SpacedTables tables = new SpacedTables(blocks);
        while (tables.at < blocks.size()) {
            if (!tables.table()) {
                tables.out.add(blocks.get(tables.at++));
            }
        }
        return new FlatTables.Rebuilt(tables.out, tables.warnings);
    }

    private boolean table() {
        List<TableHeader> header = header(in.get(at));
        if (header.isEmpty()) {
            return false;
        }
        List<TableRowBlock> rows = new ArrayList<>();
        int next = at + 1;
        while (next < in.size()) {
            Block block = in.get(next);
            if (block instanceof ParagraphBlock && block.text().isBlank()) {
                next++;
                continue;
            }
            String number = rowNumber(block);
            if (!Integer.toString(rows.size() + 1).equals(number)) {
                break;
            }
            List<String> cells = SpacedRow.split(block.text().strip(), header);
            if (cells.isEmpty()) {
                warnings.add(new ReadWarning(
                        block.position().index(),
                        ReadWarning.Kind.SPACED_TABLE_ROW_UNREAD,
                        List.of(number, Integer.toString(header.size()))));
                break;
            }
            rows.add(new TableRowBlock(cells.stream().map(TableCell::of).toList(), block.position()));
            next++;
        }
        if (rows.isEmpty()) {
            return false;
        }
        List<TableCell> names = headerCells(in.get(at).text());
        out.add(new TableRowBlock(names, in.get(at).position()));
        out.addAll(merged(rows, header));
        at = next;
        return true;
    }

    /**
     * An empty text cell under a filled one is the lower part of a merged cell printed once (类别 over
     * several rows): it carries the text above, marked as continuing it, as the docx reader gives merged
     * cells. Unit and deadline cells stay as printed.
     */
    private static List<TableRowBlock> merged(List<TableRowBlock> rows, List<TableHeader> header) {
        List<List<TableCell>> cells = new ArrayList<>();
        rows.forEach(row -> cells.add(new ArrayList<>(row.cells())));
        for (int column = 1; column < header.size(); column++) {
            if (header.get(column).holdsUnits() || header.get(column) == TableHeader.DEADLINE) {
                continue;
            }
            int top = -1;
            for (int r = 0; r < cells.size(); r++) {
                TableCell cell = cells.get(r).get(column);
                if (!cell.text().isEmpty()) {
                    top = r;
                } else if (top >= 0) {
                    TableCell upper = cells.get(top).get(column);
                    cells.get(top).set(column, new TableCell(upper.text(), r - top + 1, 1, upper.continuesAbove()));
                    cells.get(r).set(column, new TableCell(upper.text(), 1, 1, true));
                }
            }
        }
        List<TableRowBlock> merged = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            merged.add(new TableRowBlock(cells.get(r), rows.get(r).position()));
        }
        return merged;
    }

    /** @return the columns a header line names, or an empty list when the line is no such header */
    private static List<TableHeader> header(Block block) {
        String text = block.text().strip();
        boolean numbered = text.startsWith("序号") || text.startsWith("编号");
        if (!(block instanceof ParagraphBlock) || !numbered || text.indexOf('\n') >= 0) {
            return List.of();
        }
        List<TableHeader> columns = new ArrayList<>();
        for (TableCell cell : headerCells(block.text())) {
            TableHeader column = TableHeader.of(cell.text());
            if (column == null) {
                return List.of();
            }
            columns.add(column);
        }
        boolean tasks = columns.contains(TableHeader.TASK) || columns.contains(TableHeader.MEASURE);
        return columns.size() >= 3
                        && columns.get(0) == TableHeader.NUMBER
                        && tasks
                        && columns.stream().anyMatch(TableHeader::holdsUnits)
                ? columns
                : List.of();
    }

    private static List<TableCell> headerCells(String line) {
        return java.util.Arrays.stream(line.strip().split("[ \\u3000]+"))
                .map(TableCell::of)
                .toList();
    }

    private static String rowNumber(Block block) {
        if (!(block instanceof ParagraphBlock)) {
            return null;
        }
        var m = ROW_NUMBER.matcher(block.text().strip());
        return m.find() ? m.group(1) : null;
    }
}

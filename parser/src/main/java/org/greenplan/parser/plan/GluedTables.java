package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.parser.document.BlockPosition;
import org.greenplan.parser.document.TableCell;
import org.greenplan.parser.document.TableHeader;
import org.greenplan.parser.document.TableRowBlock;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * A task table flattened into text with its cells glued, one row a line, under a header glued the same way
 * ({@code 序号重点任务具体措施完成时限责任单位任务来源}), is read as a table: each line gets the cells the header
 * gives it, and {@link TableTasks} reads them as it reads a Word table. The lines and their text stay as
 * printed. Lines under the header:
 * <ul>
 *   <li>a numbered row ending in a deadline cell and glued unit names ({@link GluedCells}:
 *       {@code 1、城区建筑工地全面落实扬尘防控措施6月区住建局区城管局}): a task row;</li>
 *   <li>a number glued to a short title ({@code 1扬尘治理}) where the header has a 重点任务 column above a
 *       具体措施 column: the group row above its measures;</li>
 *   <li>any other numbered line where the header ends in a column holding no task (任务来源, 备注): an entry of
 *       that cell of the row above ({@code 1、青溪区2024年政府工作报告}), neither task nor heading.</li>
 * </ul>
 * The table ends at the first other line ({@code 注：…}).
 */
final class GluedTables {

    private static final ReusedMatcher GROUP_ROW = ReusedMatcher.compile("(\\d{1,2})(\\p{IsHan}{2,15})");

    private GluedTables() {}

    /** @return {@code rows} with the rows of every glued table in {@code lines} added, by line number */
    static Map<Integer, TableRowBlock> withRowsOf(List<SourceLine> lines, Map<Integer, TableRowBlock> rows) {
        Map<Integer, TableRowBlock> all = new HashMap<>(rows);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            List<TableHeader> header = header(line.content());
            if (header.isEmpty() || rows.containsKey(line.number())) {
                continue;
            }
            Map<Integer, TableRowBlock> table = new HashMap<>();
            int next = i + 1;
            while (next < lines.size()) {
                List<String> cells = cells(lines.get(next).content().strip(), header);
                if (cells.isEmpty() || rows.containsKey(lines.get(next).number())) {
                    break;
                }
                table.put(lines.get(next).number(), row(cells, header, lines.get(next)));
                next++;
            }
            if (!table.isEmpty()) {
                all.put(line.number(), row(TableHeader.splitGlued(line.content()), List.of(), line));
                all.putAll(table);
                i = next - 1;
            }
        }
        return all;
    }

    /** The columns of a glued header naming a task or measure column and a unit column, else empty. */
    private static List<TableHeader> header(String content) {
        List<String> cells = TableHeader.splitGlued(content);
        if (cells.isEmpty()) {
            return List.of(); // asked for every line; no stream for the lines that are no header
        }
        List<TableHeader> columns = cells.stream().map(TableHeader::of).toList();
        boolean tasks = columns.contains(TableHeader.TASK) || columns.contains(TableHeader.MEASURE);
        return tasks && columns.stream().anyMatch(TableHeader::holdsUnits) ? columns : List.of();
    }

    /** @return the line's cells under the header, or empty when the line is no row of the table */
    private static List<String> cells(String text, List<TableHeader> header) {
        List<String> cells = new ArrayList<>(header.stream().map(h -> "").toList());
        NumberMark mark = NumberStyle.find(text);
        java.util.regex.Matcher group = GROUP_ROW.on(text);
        if (mark != null && mark.length() < text.length()) {
            String rest = text.substring(mark.length());
            var glued = GluedCells.find(rest);
            if (glued.isPresent()) {
                put(cells, header, TableHeader.NUMBER, mark.number());
                put(
                        cells,
                        header,
                        header.contains(TableHeader.MEASURE) ? TableHeader.MEASURE : TableHeader.TASK,
                        rest.substring(0, glued.get().span().start()));
                put(cells, header, TableHeader.DEADLINE, glued.get().deadline());
                put(cells, header, firstUnitColumn(header), glued.get().names());
                return cells;
            }
            if (header.get(header.size() - 1) == TableHeader.OTHER) {
                cells.set(header.size() - 1, text);
                return cells;
            }
        }
        if (group.matches() && header.contains(TableHeader.TASK) && header.contains(TableHeader.MEASURE)) {
            put(cells, header, TableHeader.NUMBER, group.group(1));
            put(cells, header, TableHeader.TASK, group.group(2));
            return cells;
        }
        return List.of();
    }

    private static TableHeader firstUnitColumn(List<TableHeader> header) {
        return header.stream().filter(TableHeader::holdsUnits).findFirst().orElseThrow();
    }

    private static void put(List<String> cells, List<TableHeader> header, TableHeader column, String text) {
        int at = header.indexOf(column);
        if (at >= 0) {
            cells.set(at, UnitNameHeuristics.trim(text));
        }
    }

    /**
     * A group row's 序号 numbers its group, as a 序号 merged over the group's rows does in a Word table: it
     * is given a row span so that {@link TableTasks} reads it so.
     */
    private static TableRowBlock row(List<String> cells, List<TableHeader> header, SourceLine line) {
        int number = header.indexOf(TableHeader.NUMBER);
        int task = header.indexOf(TableHeader.TASK);
        int measure = header.indexOf(TableHeader.MEASURE);
        boolean group = number >= 0
                && task >= 0
                && measure >= 0
                && !cells.get(task).isEmpty()
                && cells.get(measure).isEmpty();
        List<TableCell> row = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            row.add(group && i == number ? new TableCell(cells.get(i), 2, 1, false) : TableCell.of(cells.get(i)));
        }
        return new TableRowBlock(row, BlockPosition.ofLine(line.number(), line.number()));
    }
}

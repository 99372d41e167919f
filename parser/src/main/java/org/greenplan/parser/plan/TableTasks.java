package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.parser.document.TableCell;
import org.greenplan.parser.document.TableRowBlock;
import org.greenplan.parser.plan.TableColumns.Column;

/**
 * Reads one task table (任务分解表, 分工表) row by row, by its header ({@link TableColumns}).
 *
 * <p>Rows before the header (the table's title) and repeated headers are skipped. A row whose cells all
 * say the same (a section printed across the table: 一、产业发展) is a heading. Every other row with a
 * task is a task: its text is the 具体措施 cell when the table has one, else the 工作任务 cell. When both
 * columns are present, each 工作任务 (one cell, often merged over several rows) is a heading above its
 * measures; a 序号 merged with it numbers the heading, a 序号 of its own numbers the row. A 工作任务 cell
 * of one row only, beside a 序号 of the row's own, is no heading: the row's text is 工作任务：具体措施. Units are read
 * from the 责任单位 / 牵头单位 / 配合单位 cells as from labels (责任单位 beside a 牵头单位 column co-operates),
 * the deadline from the 完成时限 cell.
 */
final class TableTasks {

    /**
     * A table row read as a task.
     *
     * @param path       printed numbering chain
     * @param number     the row's own number, or "" when its 序号 numbers its group
     * @param text       the task text
     * @param unitClause the unit cells as one labelled clause (责任单位：A、B；配合单位：C), or "" for none
     * @param deadline   the 完成时限 cell, or ""
     * @param token      the row's line
     * @param unresolved unit names that may be several run together
     */
    record Row(
            List<String> path,
            String number,
            String text,
            String unitClause,
            String deadline,
            Token token,
            List<String> unresolved) {}

    private final List<String> basePath;
    private final List<Heading> headings = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private TableColumns columns;
    private List<String> sectionPath;
    private List<String> groupPath;

    private TableTasks(List<String> basePath) {
        this.basePath = basePath;
        this.sectionPath = basePath;
        this.groupPath = basePath;
    }

    /**
     * @param lines    the table's rows as lines of the text, with their blocks
     * @param basePath path of the heading the table stands under
     */
    static TableTasks read(List<Token> lines, List<TableRowBlock> blocks, List<String> basePath) {
        TableTasks table = new TableTasks(basePath);
        for (int i = 0; i < lines.size(); i++) {
            table.row(lines.get(i), blocks.get(i).cells());
        }
        return table;
    }

    /** @return true when a header row named the task and unit columns */
    boolean recognised() {
        return columns != null;
    }

    List<Heading> headings() {
        return headings;
    }

    List<Row> rows() {
        return rows;
    }

    private void row(Token token, List<TableCell> cells) {
        TableColumns header = TableColumns.ofHeader(cells);
        if (header != null) {
            columns = columns == null ? header : columns;
        } else if (columns != null && isSection(cells)) {
            section(token, UnitNameHeuristics.trim(cells.get(0).text()));
        } else if (columns != null) {
            task(token, cells);
        }
    }

    /** A row printed across the table: one text, in its first cell (merged, or repeated in every cell). */
    private static boolean isSection(List<TableCell> cells) {
        boolean across = cells.size() > 1 || cells.get(0).colSpan() > 1;
        return across
                && !UnitNameHeuristics.trim(cells.get(0).text()).isEmpty()
                && cells.stream()
                                .map(c -> UnitNameHeuristics.trim(c.text()))
                                .filter(t -> !t.isEmpty())
                                .distinct()
                                .count()
                        == 1;
    }

    private void section(Token token, String text) {
        NumberMark mark = NumberStyle.find(text);
        String number = mark == null ? "" : mark.number();
        sectionPath = append(basePath, number);
        groupPath = sectionPath;
        headings.add(new Heading(
                sectionPath,
                sectionPath.size(),
                number,
                Headings.title(mark == null ? text : text.substring(mark.length())),
                token.line().number()));
    }

    private void task(Token token, List<TableCell> cells) {
        boolean grouped = columns.has(Column.TASK) && columns.has(Column.MEASURE);
        TableCell numberCell = columns.cell(cells, Column.NUMBER);
        boolean groupNumber =
                grouped && numberCell != null && (numberCell.rowSpan() > 1 || numberCell.continuesAbove());
        String number = number(columns.text(cells, Column.NUMBER));
        boolean single = grouped && !groupNumber && singleRowTask(cells);
        if (grouped && !single) {
            group(token, cells, groupNumber ? number : "");
        }
        String text = columns.text(cells, grouped || !columns.has(Column.TASK) ? Column.MEASURE : Column.TASK);
        if (single && !text.isEmpty()) {
            text = UnitNameHeuristics.trim(columns.text(cells, Column.TASK)) + "：" + text;
        }
        if (text.isEmpty()) {
            return;
        }
        String own = groupNumber ? "" : number;
        List<String> unresolved = new ArrayList<>();
        UnitClauseExtractor.Extraction inCell = UnitClauseExtractor.extract(text);
        String cellUnits = inCell.hasUnits() ? cellClause(inCell) : "";
        rows.add(new Row(
                append(grouped ? groupPath : sectionPath, own),
                own,
                inCell.hasUnits() ? inCell.text() : text,
                joined(unitClause(cells, unresolved), cellUnits),
                columns.text(cells, Column.DEADLINE),
                token,
                unresolved));
    }

    /**
     * A 工作任务 cell of one row only (not merged), in a row with a 序号 of its own: the row is one task whose
     * text is the 工作任务 and then its 具体措施 ({@code 严守用水效率控制红线：落实…}), not a heading over one
     * measure.
     */
    private boolean singleRowTask(List<TableCell> cells) {
        TableCell task = columns.cell(cells, Column.TASK);
        return task != null
                && task.rowSpan() == 1
                && !task.continuesAbove()
                && !UnitNameHeuristics.trim(task.text()).isEmpty()
                && !columns.text(cells, Column.NUMBER).isEmpty();
    }

    /** A 工作任务 cell that does not continue the one above starts a new group heading. */
    private void group(Token token, List<TableCell> cells, String number) {
        TableCell task = columns.cell(cells, Column.TASK);
        if (task == null
                || task.continuesAbove()
                || UnitNameHeuristics.trim(task.text()).isEmpty()) {
            return;
        }
        groupPath = append(sectionPath, number);
        headings.add(new Heading(
                groupPath,
                groupPath.size(),
                number,
                Headings.title(task.text()),
                token.line().number()));
    }

    /** The unit cells in printed (column) order as one labelled clause: 牵头单位：A；配合单位：B. */
    private String unitClause(List<TableCell> cells, List<String> unresolved) {
        List<String> parts = new ArrayList<>();
        for (Column column : columns.unitColumns()) {
            String label = column == Column.LEAD ? "牵头单位：" : column == Column.CO ? "配合单位：" : "责任单位：";
            addUnits(parts, label, columns.text(cells, column), unresolved);
        }
        return String.join("；", parts);
    }

    /**
     * A unit clause printed inside the task cell, as in running text ({@code 推进林业碳汇项目。（市林业局）}):
     * its units, labelled as the clause gave their roles.
     */
    private static String cellClause(UnitClauseExtractor.Extraction inCell) {
        List<String> parts = new ArrayList<>();
        for (AssignmentRole role : AssignmentRole.values()) {
            List<String> names = inCell.units().stream()
                    .filter(u -> u.role() == role)
                    .map(UnitAssignment::name)
                    .toList();
            if (!names.isEmpty()) {
                String label = role == AssignmentRole.LEAD ? "牵头单位：" : role == AssignmentRole.CO ? "配合单位：" : "责任单位：";
                parts.add(label + String.join("、", names));
            }
        }
        return String.join("；", parts);
    }

    private static String joined(String columns, String cell) {
        return columns.isEmpty() || cell.isEmpty() ? columns + cell : columns + "；" + cell;
    }

    private static void addUnits(List<String> parts, String label, String cell, List<String> unresolved) {
        TableUnitCells.Reading reading = TableUnitCells.read(cell);
        if (!reading.names().isEmpty()) {
            parts.add(label + String.join("、", reading.names()));
            unresolved.addAll(reading.unresolved());
        }
    }

    /** 1, 1., （一） → 1, 1, （一）; anything else as printed. */
    private static String number(String printed) {
        if (!printed.isEmpty() && printed.chars().allMatch(Character::isDigit)) {
            return String.valueOf(ChineseNumerals.parseDigits(printed));
        }
        NumberMark mark = NumberStyle.find(printed + "、");
        return mark != null && mark.length() >= printed.length() ? mark.number() : printed;
    }

    private static List<String> append(List<String> path, String number) {
        List<String> appended = new ArrayList<>(path);
        appended.add(number);
        return List.copyOf(appended);
    }
}

package org.greenplan.parser.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greenplan.parser.document.TableCell;

/**
 * The columns of a task table (任务分解表, 分工表), read from its header row by their printed names.
 * Cells are placed on the table grid: a cell spanning two columns takes both.
 */
final class TableColumns {

    /** What a column holds; a header names it, a bracketed remark aside (责任单位（列第一位者为牵头单位）). */
    enum Column {
        /** 序号. */
        NUMBER("序号", "编号"),
        /** 工作任务, 重点任务, 主要任务 …: the task, or the group of measures below it. */
        TASK("工作任务", "重点任务", "主要任务", "任务名称", "工作内容", "重点工作", "目标任务", "任务"),
        /** 具体措施, 工作措施 …: the task itself when a 工作任务 column groups several. */
        MEASURE("具体措施", "工作措施", "主要措施", "具体任务", "工作举措", "推进措施", "具体内容", "任务措施"),
        /** 完成时限, 完成时间, 时间节点. */
        DEADLINE("完成时限", "完成时间", "时间节点", "时间要求", "时限要求", "进度安排", "时限"),
        /** 责任单位 (roles unmarked). */
        RESPONSIBLE("责任单位", "主要责任单位", "责任部门", "责任主体", "实施单位"),
        /** 牵头单位. */
        LEAD("牵头单位", "牵头部门", "主办单位"),
        /** 配合单位. */
        CO("配合单位", "配合部门", "协办单位", "参与单位");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        static Column of(String header) {
            String name = header.replaceAll("[（(][^（()）]*[）)]", "").replaceAll("[\\s\\u3000]", "");
            for (Column column : values()) {
                if (column.names.contains(name)) {
                    return column;
                }
            }
            return null;
        }
    }

    private final Map<Column, Integer> positions;

    private TableColumns(Map<Column, Integer> positions) {
        this.positions = positions;
    }

    /**
     * @return the columns when {@code cells} is a header row — it names a task or measure column and a
     *         unit column — else null
     */
    static TableColumns ofHeader(List<TableCell> cells) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        int position = 0;
        for (TableCell cell : cells) {
            Column column = Column.of(cell.text());
            if (column != null) {
                positions.putIfAbsent(column, position);
            }
            position += cell.colSpan();
        }
        boolean tasks = positions.containsKey(Column.TASK) || positions.containsKey(Column.MEASURE);
        boolean units = positions.containsKey(Column.RESPONSIBLE) || positions.containsKey(Column.LEAD);
        return tasks && units ? new TableColumns(positions) : null;
    }

    /** @return the table's 牵头单位, 责任单位 and 配合单位 columns, left to right */
    List<Column> unitColumns() {
        return positions.entrySet().stream()
                .filter(e -> e.getKey() == Column.LEAD || e.getKey() == Column.RESPONSIBLE || e.getKey() == Column.CO)
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** @return the cell of {@code row} under the column, or null when the table has no such column */
    TableCell cell(List<TableCell> row, Column column) {
        Integer wanted = positions.get(column);
        int position = 0;
        for (TableCell cell : row) {
            if (wanted != null && wanted >= position && wanted < position + cell.colSpan()) {
                return cell;
            }
            position += cell.colSpan();
        }
        return null;
    }

    /** @return the text under the column, trimmed; "" when the column or the cell is missing */
    String text(List<TableCell> row, Column column) {
        TableCell cell = cell(row, column);
        return cell == null ? "" : UnitNameHeuristics.trim(cell.text());
    }
}

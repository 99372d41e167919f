package org.greenplan.parser.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greenplan.parser.document.TableCell;
import org.greenplan.parser.document.TableHeader;

/**
 * The columns of a task table (任务分解表, 分工表), read from its header row by their printed names.
 * Cells are placed on the table grid: a cell spanning two columns takes both.
 */
final class TableColumns {

    /** What a column holds; the names are {@link TableHeader}'s. */
    enum Column {
        NUMBER,
        TASK,
        MEASURE,
        DEADLINE,
        RESPONSIBLE,
        LEAD,
        CO;

        static Column of(String header) {
            TableHeader named = TableHeader.of(header);
            return named == null || named == TableHeader.OTHER ? null : valueOf(named.name());
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

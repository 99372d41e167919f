package org.greenplan.parser.document;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * 表格行 — one row of a table, with its cells in column order.
 *
 * @param cells    the cells, left to right; at least one
 * @param position where the row sits in the source
 */
public record TableRowBlock(List<TableCell> cells, BlockPosition position) implements Block {

    /** @throws IllegalArgumentException if there is no cell */
    public TableRowBlock {
        cells = List.copyOf(cells);
        Objects.requireNonNull(position, "position");
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a table row needs at least one cell");
        }
    }

    /** @return the cells' texts joined with a tab */
    @Override
    public String text() {
        return cells.stream().map(TableCell::text).collect(Collectors.joining("\t"));
    }
}

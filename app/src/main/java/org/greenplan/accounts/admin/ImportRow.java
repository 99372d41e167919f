package org.greenplan.accounts.admin;

import java.util.List;

/**
 * One row of an uploaded sheet as checked.
 *
 * @param row      the row number as Excel shows it (the heading is row 1)
 * @param cells    the cells' text, one per template column ("" when empty)
 * @param problems what is wrong, each naming its column letter in {@link FieldProblem#field()}
 * @param action   {@code CREATE}, {@code UPDATE} (a unit already in the directory) or {@code SKIP} (an empty row)
 */
public record ImportRow(int row, List<String> cells, List<FieldProblem> problems, String action) {
    public ImportRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    /** @return whether the row would be stored */
    public boolean stored() {
        return problems.isEmpty() && !"SKIP".equals(action);
    }

    /** @return whether every cell is empty and nothing is wrong (an empty row, skipped) */
    public boolean isBlank() {
        return problems.isEmpty() && cells.stream().allMatch(String::isEmpty);
    }

    /** @return the cell of a column index, "" beyond the row's end */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}

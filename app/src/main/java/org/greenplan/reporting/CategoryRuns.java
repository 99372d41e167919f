package org.greenplan.reporting;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged category cells of a ledger sheet: each run of two or more consecutive rows with the same
 * non-empty 一级分类 (column 1) becomes one cell, and each such run of 二级分类 (column 2) within one
 * 一级分类 likewise. Computed before the rows are written, so the streaming writer can use it.
 */
final class CategoryRuns {
    private CategoryRuns() {}

    /**
     * @param rows     the sheet's rows in order
     * @param firstRow the sheet row index of {@code rows.get(0)}
     * @return the merged regions, column 1's first, each spanning at least two rows
     */
    static List<CellRangeAddress> of(List<LedgerRow> rows, int firstRow) {
        List<CellRangeAddress> regions = new ArrayList<>();
        runs(rows, firstRow, 1, regions);
        runs(rows, firstRow, 2, regions);
        return regions;
    }

    private static void runs(List<LedgerRow> rows, int firstRow, int column, List<CellRangeAddress> regions) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !sameRun(rows.get(start), rows.get(i), column)) {
                if (i - start > 1 && !key(rows.get(start), column).isBlank()) {
                    regions.add(new CellRangeAddress(firstRow + start, firstRow + i - 1, column, column));
                }
                start = i;
            }
        }
    }

    /** @return whether two consecutive rows are in one run of the column (1 or 2) */
    static boolean sameRun(LedgerRow a, LedgerRow b, int column) {
        return a.part().equals(b.part()) && key(a, column).equals(key(b, column));
    }

    /** @return the row's 一级分类 (column 1) or 二级分类 (column 2) */
    static String key(LedgerRow row, int column) {
        return column == 1 ? row.part() : row.section();
    }
}

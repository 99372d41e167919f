package org.greenplan.reporting;

/**
 * How a ledger export is laid out.
 *
 * @param layout          one flat sheet, or one sheet per top-level section (一、…)
 * @param mergeCategories whether runs of equal 一级分类 / 二级分类 cells are merged into one cell (reads
 *                        like the printed 台账; Excel's filter then sees only a run's first row)
 */
public record LedgerOptions(Layout layout, boolean mergeCategories) {
    /** One flat sheet, categories unmerged (filterable): the default. */
    public static final LedgerOptions DEFAULT = new LedgerOptions(Layout.FLAT, false);

    public LedgerOptions {
        layout = layout == null ? Layout.FLAT : layout;
    }

    /** The sheets of the workbook. */
    public enum Layout {
        /** One sheet 台账 with every task. */
        FLAT,
        /** One sheet per top-level section (一、…), named after it; tasks outside any section on 其他. */
        BY_SECTION
    }
}

package org.greenplan.reporting;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes user-supplied text into exported spreadsheets so that it can never run as a formula
 * (CSV / formula injection, OWASP "CSV Injection"). Every export of GreenPlan — the ledger today,
 * briefings, assessments and any CSV later — writes its text cells through this class.
 *
 * <p>The rule (OWASP): a cell whose text begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * (U+0009) or a carriage return (U+000D) is <em>formula-like</em>. In an .xlsx it is written as a
 * string cell (never a formula) with a quote-prefixed style ({@code quotePrefix="1"}, what Excel
 * writes when a user types a leading apostrophe), so Excel, WPS and LibreOffice show the text as typed
 * and keep it text when the cell is edited; the text itself is not changed. In a CSV, which has no
 * styles, it gets a leading apostrophe ({@link #forCsv}) and the CSV library quotes the field.
 *
 * <p>One instance per workbook: it caches one quote-prefixed copy of each base style (Excel limits
 * a workbook to 64,000 styles).
 */
public final class SpreadsheetText {
    private final Workbook workbook;
    private final Map<Integer, CellStyle> quoted = new HashMap<>();

    /** @param workbook the workbook whose cells this instance writes */
    public SpreadsheetText(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * @param text a cell's text, or null
     * @return whether a spreadsheet program could read the text as a formula (see the class rule)
     */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * @param text a field's text, or null
     * @return the text for a CSV field: formula-like text prefixed with an apostrophe, other text
     *         unchanged, null as empty
     */
    public static String forCsv(String text) {
        if (text == null) {
            return "";
        }
        return isFormulaLike(text) ? "'" + text : text;
    }

    /**
     * Writes {@code text} as a string cell with {@code style}, or with a quote-prefixed copy of it when
     * the text is formula-like.
     *
     * @param cell  a cell of this instance's workbook
     * @param text  the text, as shown (null writes an empty string)
     * @param style the cell's style
     */
    public void write(Cell cell, String text, CellStyle style) {
        String value = text == null ? "" : text;
        cell.setCellValue(value);
        cell.setCellStyle(isFormulaLike(value) ? quoted(style) : style);
    }

    private CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent((int) style.getIndex(), index -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }
}

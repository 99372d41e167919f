package org.greenplan.reporting;

import java.util.List;

/**
 * The height a ledger row needs to show all of its wrapped text, computed rather than left to the
 * spreadsheet program (LibreOffice keeps the default height of a row written without one).
 *
 * <p>A column {@code w} characters wide (POI's unit: the width of one "0" of the default font) holds
 * about {@code w − 1} narrow characters per line; a CJK character counts 2.2 of them (a 10-point CJK
 * glyph is a little wider than two "0" of the 11-point default font, and LibreOffice wraps a line
 * early rather than late); each paragraph ({@code \n}) starts a new line. A 10-point line takes {@value #LINE_POINTS}
 * points, and {@value #PADDING_POINTS} points are added for the cell's borders.
 */
final class RowHeights {
    static final float LINE_POINTS = 14f;
    static final float PADDING_POINTS = 4f;
    /** The default row height of the workbook, in points: one line. */
    static final float MIN_POINTS = 18f;
    /** A CJK or full-width character's width in tenths of a narrow one. */
    static final int WIDE_TENTHS = 22;

    private RowHeights() {}

    /**
     * @param texts       the row's cell texts
     * @param widths      every column's width in characters
     * @param firstColumn the column of {@code texts.get(0)}
     * @return the row height in points: the tallest cell's lines × {@value #LINE_POINTS} + padding
     */
    static float points(List<String> texts, int[] widths, int firstColumn) {
        int lines = 1;
        for (int i = 0; i < texts.size(); i++) {
            lines = Math.max(lines, lines(texts.get(i), widths[firstColumn + i]));
        }
        return Math.max(MIN_POINTS, lines * LINE_POINTS + PADDING_POINTS);
    }

    /** @return how many lines {@code text} wraps to in a column {@code width} characters wide */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(WIDE_TENTHS, (width - 1) * 10);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int tenths = displayWidth(paragraph);
            lines += Math.max(1, (tenths + perLine - 1) / perLine);
        }
        return lines;
    }

    /** @return the paragraph's width in tenths of a narrow character: CJK and full-width characters count 22 */
    static int displayWidth(String paragraph) {
        return paragraph.codePoints().map(cp -> wide(cp) ? WIDE_TENTHS : 10).sum();
    }

    private static boolean wide(int codePoint) {
        // the common cases first, without the script table's binary search: ASCII is narrow, the CJK
        // Unified Ideographs block (U+4E00–U+9FFC, every code point of it HAN in the JDK's Unicode 13) wide
        if (codePoint < 0x80) {
            return false;
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFC) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }
}

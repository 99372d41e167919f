package org.greenplan.briefing;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/**
 * Widths of a table's columns measured from their content, in the manner of CSS's automatic table layout
 * (CSS 2.1 §17.5.2.2) but with the fonts the PDF is drawn in: each column needs at least its header text on one
 * line and its widest unbreakable piece of cell text (a word, a number; a CJK character breaks anywhere), and
 * would like its longest cell on one line. When every column gets what it would like, the spare width goes to
 * the columns whose text wraps; otherwise a column whose longest cell fits in an equal share gets just that
 * and the rest goes to the columns that must wrap, so a short text is not broken to give a long one a little
 * more room. A centred column (numbers, a status) is meant not to wrap: its minimum is its longest
 * cell. No cell text asks for more than an equal share of the table; only the header texts are never cut.
 */
final class ColumnWidths {
    /** Left and right cell padding, the border and a point of slack against rounding, in points. */
    static final float CELL_EXTRA_PT = 2 * 4f + 0.75f + 1f;
    /** The tables' line height in em, as the page template sets it. */
    static final float LINE_HEIGHT = 1.45f;
    /** Top and bottom cell padding and the border, in points. */
    private static final float ROW_EXTRA_PT = 2 * 2f + 0.75f;

    private final GlyphWidths regular;
    private final GlyphWidths bold;
    private final float sizePt;

    /**
     * @param regular the cells' font
     * @param bold    the header cells' font
     * @param sizePt  the table's font size in points
     */
    ColumnWidths(GlyphWidths regular, GlyphWidths bold, float sizePt) {
        this.regular = regular;
        this.bold = bold;
        this.sizePt = sizePt;
    }

    /**
     * @param labels     the header cells' texts
     * @param centred    per column, whether it never wraps
     * @param rows       the cells, one list per row with one text per column
     * @param availablePt the width of the table in points
     * @return per column its width in points, adding up to {@code availablePt} unless even the header texts
     *     need more
     */
    float[] of(List<String> labels, boolean[] centred, List<List<String>> rows, float availablePt) {
        int n = labels.size();
        float[] min = new float[n];
        float[] max = new float[n];
        for (int c = 0; c < n; c++) {
            float header = bold.width(labels.get(c), sizePt) + CELL_EXTRA_PT;
            min[c] = header;
            max[c] = header;
            for (List<String> row : rows) {
                String cell = row.get(c);
                float whole = regular.width(cell, sizePt) + CELL_EXTRA_PT;
                max[c] = Math.max(max[c], whole);
                float unbroken = centred[c] ? whole : widestPiece(cell) + CELL_EXTRA_PT;
                // a piece wider than a fair share is broken by the renderer (word-wrap: break-word)
                min[c] = Math.max(min[c], Math.min(unbroken, availablePt / n));
            }
        }
        return share(min, max, centred, availablePt);
    }

    /**
     * Columns whose longest cell fits in an equal share of the width left get it whole; the
     * others share what remains in proportion to their longest cells (so their cells take about as many lines
     * each), none below its minimum.
     */
    private static float[] share(float[] min, float[] max, boolean[] centred, float available) {
        float sumMax = sum(max);
        if (sumMax <= available) {
            return widen(max, centred, available - sumMax);
        }
        int n = max.length;
        float[] widths = new float[n];
        boolean[] settled = new boolean[n];
        for (int round = 0; round < n; round++) {
            float left = available;
            int open = 0;
            float openMax = 0;
            for (int c = 0; c < n; c++) {
                left -= settled[c] ? widths[c] : 0;
                open += settled[c] ? 0 : 1;
                openMax += settled[c] ? 0 : max[c];
            }
            float equal = Math.max(0, left) / open;
            float perPoint = Math.max(0, left) / openMax;
            int whole = first(n, c -> !settled[c] && max[c] <= equal);
            int least = first(n, c -> !settled[c] && min[c] >= max[c] * perPoint);
            if (whole < 0 && least < 0) {
                for (int c = 0; c < n; c++) {
                    widths[c] = settled[c] ? widths[c] : max[c] * perPoint;
                }
                return widths;
            }
            int c = whole >= 0 ? whole : least;
            widths[c] = whole >= 0 ? max[c] : min[c];
            settled[c] = true;
        }
        return widths;
    }

    private static int first(int n, java.util.function.IntPredicate test) {
        for (int c = 0; c < n; c++) {
            if (test.test(c)) {
                return c;
            }
        }
        return -1;
    }

    /** @return the widths with {@code spare} shared in proportion among the wrapping columns (all if none wraps) */
    private static float[] widen(float[] widths, boolean[] centred, float spare) {
        float wrapping = 0;
        for (int c = 0; c < widths.length; c++) {
            wrapping += centred[c] ? 0 : widths[c];
        }
        float[] result = widths.clone();
        float base = wrapping > 0 ? wrapping : sum(widths);
        for (int c = 0; c < widths.length; c++) {
            if (wrapping == 0 || !centred[c]) {
                result[c] += spare * widths[c] / base;
            }
        }
        return result;
    }

    /**
     * @param cells  a row's texts, one per column
     * @param widths the columns' widths from {@link #of}
     * @return about how tall the row prints, in points: its tallest cell, each cell's text taking as many lines
     *     as its width needs plus one for the words that do not end exactly at a line's end
     */
    float rowHeight(List<String> cells, float[] widths) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            float room = Math.max(1, widths[c] - CELL_EXTRA_PT);
            float text = regular.width(cells.get(c), sizePt);
            lines = Math.max(lines, text <= room ? 1 : (int) Math.ceil(text / room) + 1);
        }
        return lines * sizePt * LINE_HEIGHT + ROW_EXTRA_PT;
    }

    /** @return the width of the widest piece of {@code text} that a line may not be broken in */
    private float widestPiece(String text) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.SIMPLIFIED_CHINESE);
        breaks.setText(text);
        float widest = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            widest = Math.max(widest, regular.width(text.substring(start, end).strip(), sizePt));
        }
        return widest;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}

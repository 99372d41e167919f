package org.greenplan.briefing;

import java.util.ArrayList;
import java.util.List;

/**
 * The red header (发文机关标志) laid out to the width of the text block: GB/T 9704-2012 §7.2.1 leaves its size
 * to the office ("醒目、美观、庄重"), so it takes the largest size up to {@link #MAX_PT} at which the whole name
 * fits on one line. A name that would have to shrink below {@link #MIN_PT} is broken into the fewest lines that
 * fit at that size, of balanced length, each break preferably right after a character that ends an office's
 * name (市, 局, 委, 组 …), never leaving one character alone on a line.
 *
 * @param lines  the lines, in order, none empty
 * @param sizePt the font size in points, a multiple of 0.5
 */
record RedHeader(List<String> lines, float sizePt) {
    /** 小初 (36 pt), the usual size of a short 发文机关标志. */
    static final float MAX_PT = 36f;
    /** 二号 (22 pt), the title's size: the header is never smaller than the title under it. */
    static final float MIN_PT = 22f;
    /** The share of the width a line may fill, so that rounding in the renderer never wraps it. */
    private static final float FILL = 0.98f;
    /** Characters after which an office's name breaks naturally. */
    private static final String NAME_ENDS = "省市县区州盟旗镇乡府委局厅部处署院会组队所站心室";
    /** How far a break may move from the balanced position to land after one of {@link #NAME_ENDS}. */
    private static final int REACH = 3;

    RedHeader {
        lines = List.copyOf(lines);
    }

    /** @return the size as a CSS length */
    public String size() {
        return String.format(java.util.Locale.ROOT, "%.1fpt", sizePt);
    }

    /**
     * @param name    the issuing office's name
     * @param bold    the widths of the font the header is set in
     * @param widthPt the width of the text block in points
     */
    static RedHeader fit(String name, GlyphWidths bold, float widthPt) {
        int[] chars = name.strip().codePoints().toArray();
        for (int count = 1; ; count++) {
            List<String> lines = split(chars, count);
            float widest = 0;
            for (String line : lines) {
                widest = Math.max(widest, bold.width(line, 1f));
            }
            float size = widest == 0 ? MAX_PT : Math.min(MAX_PT, widthPt * FILL / widest);
            if (size >= MIN_PT || 2 * count >= chars.length) {
                return new RedHeader(lines, (float) Math.floor(size * 2) / 2);
            }
        }
    }

    /** @return the characters in {@code count} lines of nearly equal length, breaking after a name's end */
    private static List<String> split(int[] chars, int count) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int line = 1; line < count; line++) {
            int balanced = start + Math.round((chars.length - start) / (float) (count - line + 1));
            int end = naturalBreak(chars, balanced, start + 2, chars.length - 2 * (count - line));
            lines.add(new String(chars, start, end - start));
            start = end;
        }
        lines.add(new String(chars, start, chars.length - start));
        return lines;
    }

    /** @return the break nearest {@code balanced} that follows a name's end, else {@code balanced}; in [min, max] */
    private static int naturalBreak(int[] chars, int balanced, int min, int max) {
        int at = Math.max(min, Math.min(max, balanced));
        for (int offset = 0; offset <= REACH; offset++) {
            for (int candidate : new int[] {at - offset, at + offset}) {
                if (candidate >= min && candidate <= max && NAME_ENDS.indexOf(chars[candidate - 1]) >= 0) {
                    return candidate;
                }
            }
        }
        return at;
    }
}

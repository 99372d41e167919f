package org.greenplan.plan.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A piece of text, marked or not, for rendering highlighted text safely (each piece is escaped
 * separately by the template; no HTML is built here).
 *
 * @param text   the piece
 * @param marked true when the piece is highlighted
 */
public record TextSegment(String text, boolean marked) {

    /**
     * Cuts {@code text} at the given ranges.
     *
     * @param text   the whole text
     * @param ranges {@code [start, end)} offsets into {@code text}; overlapping or out-of-range parts
     *               are clipped
     * @return the pieces in order; concatenated they give {@code text}
     */
    public static List<TextSegment> split(String text, List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<TextSegment> segments = new ArrayList<>();
        int at = 0;
        for (int[] range : sorted) {
            int start = Math.max(at, Math.min(range[0], text.length()));
            int end = Math.max(start, Math.min(range[1], text.length()));
            if (start > at) {
                segments.add(new TextSegment(text.substring(at, start), false));
            }
            if (end > start) {
                segments.add(new TextSegment(text.substring(start, end), true));
            }
            at = Math.max(at, end);
        }
        if (at < text.length()) {
            segments.add(new TextSegment(text.substring(at), false));
        }
        return segments;
    }
}

package org.greenplan.parser.document;

import java.util.List;

/**
 * One printed line of a paged document (PDF, OFD) with its geometry, in page units with y growing
 * downwards.
 *
 * @param text     the line's text
 * @param page     1-based page
 * @param left     x where the first glyph starts
 * @param right    x where the last glyph ends
 * @param baseline y of the baseline
 * @param fontSize font size of the line (its largest glyph)
 * @param spans    the line's pieces set apart by a wide horizontal gap (table cells side by side), left to
 *                 right; one span covering the whole line where nothing is set apart
 */
record LayoutLine(
        String text, int page, double left, double right, double baseline, double fontSize, List<Span> spans) {

    /**
     * A piece of a line between two wide gaps.
     *
     * @param left  x where its first glyph starts
     * @param right x where its last glyph ends
     * @param text  its text
     */
    record Span(double left, double right, String text) {}

    LayoutLine {
        spans = List.copyOf(spans);
    }

    /** A line in one piece. */
    LayoutLine(String text, int page, double left, double right, double baseline, double fontSize) {
        this(text, page, left, right, baseline, fontSize, List.of(new Span(left, right, text)));
    }
}

package org.greenplan.parser.document;

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
 */
record LayoutLine(String text, int page, double left, double right, double baseline, double fontSize) {}

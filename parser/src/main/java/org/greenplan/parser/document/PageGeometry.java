package org.greenplan.parser.document;

import java.util.List;

/**
 * The text column of a page (or of the whole document) as measured from its lines: left and right
 * margins, the usual font size and the usual distance between baselines.
 */
record PageGeometry(double left, double right, double fontSize, double lineGap) {

    /** Pages with fewer lines than this borrow the document's geometry. */
    private static final int MIN_LINES = 5;

    static PageGeometry of(List<LayoutLine> lines, PageGeometry fallback) {
        if (lines.isEmpty() || (lines.size() < MIN_LINES && fallback != null)) {
            return fallback != null ? fallback : new PageGeometry(0, 0, 12, 18);
        }
        double left = lines.stream().mapToDouble(LayoutLine::left).min().orElse(0);
        double right = lines.stream().mapToDouble(LayoutLine::right).max().orElse(0);
        double fontSize =
                median(lines.stream().mapToDouble(LayoutLine::fontSize).toArray());
        double[] gaps = new double[Math.max(0, lines.size() - 1)];
        int count = 0;
        for (int i = 1; i < lines.size(); i++) {
            double gap = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (lines.get(i).page() == lines.get(i - 1).page() && gap > 0) {
                gaps[count++] = gap;
            }
        }
        double lineGap = count == 0 ? fontSize * 1.5 : median(java.util.Arrays.copyOf(gaps, count));
        return new PageGeometry(left, right, fontSize, lineGap);
    }

    /** The line starts clearly right of the margin: a first-line indent, a centred title. */
    boolean indented(LayoutLine line) {
        return line.left() > left + 0.8 * fontSize;
    }

    /** The line reaches (almost) the right margin, so the layout may have wrapped it. */
    boolean full(LayoutLine line) {
        return line.right() >= right - 2.5 * fontSize;
    }

    /** More vertical space than between two lines of one paragraph. */
    boolean gapBetween(LayoutLine upper, LayoutLine lower) {
        return upper.page() == lower.page() && lower.baseline() - upper.baseline() > 1.7 * lineGap;
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values.length == 0 ? 12 : values[values.length / 2];
    }
}

package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A piece of text an OFD page places at one position (one {@code TextCode}), in page millimetres;
 * {@link #lines} groups a page's runs into {@link LayoutLine}s by baseline.
 */
record OfdRun(String text, double x, double baseline, double width, double size) {

    double right() {
        return x + width;
    }

    /** @return the page's lines, top to bottom, each with its runs left to right */
    static List<LayoutLine> lines(List<OfdRun> runs, int page) {
        List<OfdRun> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(OfdRun::baseline).thenComparingDouble(OfdRun::x));
        List<LayoutLine> lines = new ArrayList<>();
        List<OfdRun> current = new ArrayList<>();
        for (OfdRun run : sorted) {
            if (!current.isEmpty() && Math.abs(run.baseline - current.get(0).baseline) > 0.5 * run.size) {
                addLine(current, page, lines);
                current = new ArrayList<>();
            }
            current.add(run);
        }
        addLine(current, page, lines);
        return lines;
    }

    private static void addLine(List<OfdRun> runs, int page, List<LayoutLine> lines) {
        if (runs.isEmpty()) {
            return;
        }
        runs.sort(Comparator.comparingDouble(OfdRun::x));
        StringBuilder text = new StringBuilder();
        double end = runs.get(0).x;
        double size = 0;
        for (OfdRun run : runs) {
            if (text.length() > 0 && run.x - end > 0.8 * run.size) {
                text.append(' ');
            }
            text.append(run.text);
            end = Math.max(end, run.right());
            size = Math.max(size, run.size);
        }
        String line = TextJoin.dropSpacesBetweenWide(text.toString()).strip();
        if (!line.isEmpty()) {
            lines.add(new LayoutLine(line, page, runs.get(0).x, end, runs.get(0).baseline, size));
        }
    }
}

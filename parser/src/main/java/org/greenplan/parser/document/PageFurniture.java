package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture from the lines of a paged document: running headers and footers (a line at the
 * top (bottom) of a page that recurs, digits aside, at the top (bottom) of most pages) and page
 * numbers ("- 3 -", "第 3 页", "第3页 共12页", "3/12", a bare number), and small print set apart in the
 * top or bottom margin (see {@link #isMarginNote}). Only the first and last
 * {@value #EDGE} lines of a page are candidates, so body text is never removed.
 */
final class PageFurniture {

    static final int EDGE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－~\\s]*\\d{1,4}[-—–－~\\s]*"
            + "|第\\s*\\d{1,4}\\s*页\\s*([,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页"
            + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
            + "|(?i:page|p\\.)\\s*\\d{1,4}(\\s*(?i:of|/)\\s*\\d{1,4})?");

    private PageFurniture() {}

    /** @return the pages with their furniture lines removed */
    static List<List<LayoutLine>> strip(List<List<LayoutLine>> pages) {
        Map<String, Integer> recurring = recurringEdgeLines(pages);
        int threshold = pages.size() < 2 ? Integer.MAX_VALUE : Math.max(2, (pages.size() + 1) / 2);
        PageGeometry body = PageGeometry.of(pages.stream().flatMap(List::stream).toList(), null);
        List<List<LayoutLine>> stripped = new ArrayList<>();
        for (List<LayoutLine> page : pages) {
            List<LayoutLine> kept = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                String text = page.get(i).text();
                boolean furniture = isEdge(i, page.size())
                        && (isPageNumber(text)
                                || recurring.getOrDefault(key(i, text), 0) >= threshold
                                || isMarginNote(page, i, body));
                if (!furniture) {
                    kept.add(page.get(i));
                }
            }
            stripped.add(kept);
        }
        return stripped;
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    /**
     * Small print set apart in the top or bottom margin — the first or last line of a page, in a smaller
     * font than the body and further from its neighbour than two body lines — is a running header or
     * footer even on a one-page document.
     */
    private static boolean isMarginNote(List<LayoutLine> page, int index, PageGeometry body) {
        boolean first = index == 0;
        if (page.size() < 2 || (!first && index != page.size() - 1)) {
            return false;
        }
        LayoutLine line = page.get(index);
        LayoutLine neighbour = page.get(first ? 1 : index - 1);
        double distance = Math.abs(neighbour.baseline() - line.baseline());
        return line.fontSize() < 0.9 * body.fontSize() && distance > 2 * body.lineGap();
    }

    /** @return for each edge line's key, on how many pages it appears at an edge */
    private static Map<String, Integer> recurringEdgeLines(List<List<LayoutLine>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<LayoutLine> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (isEdge(i, page.size())) {
                    keys.add(key(i, page.get(i).text()));
                }
            }
            keys.forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        return counts;
    }

    private static boolean isEdge(int index, int size) {
        return index < EDGE || index >= size - EDGE;
    }

    /** Headers recur at the top, footers at the bottom; digits vary ("第 3 页"), whitespace too. */
    private static String key(int index, String text) {
        String edge = index < EDGE ? "top:" : "bottom:";
        return edge + text.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}

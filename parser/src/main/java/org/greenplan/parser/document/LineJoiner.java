package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rejoins the lines a layout wrapped into paragraphs. A line continues the previous one unless the new
 * line starts a numbered item ("一、", "（二）", "3.", "①"), is indented or follows a vertical gap,
 * or the previous line ends short of the right margin. A full line ending in sentence-final punctuation
 * ends its paragraph too, unless the document marks paragraphs by first-line indents (then the layout
 * merely wrapped after the punctuation). A line that leaves a bracket open which the next line closes
 * (a unit clause broken by the layout: {@code （责任单位：} / {@code 市林业局）}, or a unit name broken in
 * the middle: {@code 人民银行宿州市中心} / {@code 支行）}) always continues. Joining puts no space between
 * Chinese characters.
 */
final class LineJoiner {

    /** A rejoined paragraph, the page where it starts and its first line. */
    record Joined(String text, int page, LayoutLine first) {}

    private static final Pattern NUMBERED = Pattern.compile("\\s*(第[一二三四五六七八九十百零〇\\d]+[章节条部分篇]"
            + "|[一二三四五六七八九十百]+[、．.]"
            + "|[（(][一二三四五六七八九十百\\d]{1,3}[）)]"
            + "|\\d{1,3}[.．、﹒](?!\\d)"
            + "|[\\u2460-\\u2473\\u2474-\\u2487]).*");
    private static final String SENTENCE_END = "。！？；：!?;:";
    private static final String CLOSERS = "”’」』）)】》\"'";
    private static final double INDENT_STYLE_SHARE = 0.03;

    private final PageGeometry document;
    private final Map<Integer, PageGeometry> pages = new HashMap<>();
    private final boolean indentStyle;
    private final Set<LayoutLine> breaks;

    private LineJoiner(List<List<LayoutLine>> lines, Set<LayoutLine> breaks) {
        this.breaks = breaks;
        this.document = PageGeometry.of(lines.stream().flatMap(List::stream).toList(), null);
        for (List<LayoutLine> page : lines) {
            if (!page.isEmpty()) {
                pages.put(page.get(0).page(), PageGeometry.of(page, document));
            }
        }
        long indented = lines.stream()
                .flatMap(List::stream)
                .filter(line -> geometry(line).indented(line))
                .count();
        long total = lines.stream().mapToLong(List::size).sum();
        this.indentStyle = indented >= 2 && indented >= total * INDENT_STYLE_SHARE;
    }

    /** @return the paragraphs, in order, from pages of lines in reading order */
    static List<Joined> join(List<List<LayoutLine>> pages) {
        return join(pages, Set.of());
    }

    /**
     * @param breaks lines that start a paragraph whatever their layout (the first line after a table), by
     *               identity
     */
    static List<Joined> join(List<List<LayoutLine>> pages, Set<LayoutLine> breaks) {
        return new LineJoiner(pages, breaks).joinAll(pages);
    }

    static boolean startsNumberedItem(String text) {
        return NUMBERED.matcher(text).matches();
    }

    private List<Joined> joinAll(List<List<LayoutLine>> lines) {
        List<Joined> joined = new ArrayList<>();
        LayoutLine previous = null;
        String text = "";
        int page = 0;
        LayoutLine first = null;
        for (LayoutLine line : lines.stream().flatMap(List::stream).toList()) {
            if (previous != null && !breaks.contains(line) && continues(previous, line, text)) {
                text = TextJoin.join(text, line.text());
            } else {
                if (previous != null) {
                    joined.add(new Joined(text, page, first));
                }
                text = line.text();
                page = line.page();
                first = line;
            }
            previous = line;
        }
        if (previous != null) {
            joined.add(new Joined(text, page, first));
        }
        return joined;
    }

    /** @param paragraph the paragraph so far, ending with {@code line} */
    private boolean continues(LayoutLine line, LayoutLine next, String paragraph) {
        if (!startsNumberedItem(next.text()) && leftOpen(paragraph) && closesFirst(next.text())) {
            return true;
        }
        if (startsNumberedItem(next.text())
                || geometry(next).indented(next)
                || geometry(line).gapBetween(line, next)
                || !geometry(line).full(line)) {
            return false;
        }
        return indentStyle || !endsSentence(line.text());
    }

    /**
     * A bracket left open at the end of a paragraph so far ({@code （责任单位：} or {@code （责任单位：人民银行宿州市中心})
     * and closed on the next line before any other opens: the layout broke a unit clause, so the lines
     * are one paragraph whatever the margins say.
     */
    static boolean leftOpen(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean closesFirst(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                return false;
            }
            if (c == '）' || c == ')') {
                return true;
            }
        }
        return false;
    }

    static boolean endsSentence(String text) {
        String trimmed = text.strip();
        int end = trimmed.length();
        while (end > 1 && CLOSERS.indexOf(trimmed.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(trimmed.charAt(end - 1)) >= 0;
    }

    private PageGeometry geometry(LayoutLine line) {
        return pages.getOrDefault(line.page(), document);
    }
}

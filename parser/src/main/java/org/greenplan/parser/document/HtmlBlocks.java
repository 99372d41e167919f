package org.greenplan.parser.document;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the main content of a page and emits blocks: every block-level element and {@code <br>} ends
 * a paragraph, data tables become rows. Whitespace collapses as a browser does, except that a source
 * line break between Chinese characters adds no space.
 */
final class HtmlBlocks {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "center",
            "hr",
            "tr",
            "td",
            "th",
            "tbody",
            "thead",
            "tfoot",
            "caption",
            "figure",
            "figcaption",
            "address",
            "pre",
            "table");
    private static final String SEGMENT_BREAK = "\uE000";
    private static final Pattern SOURCE_BREAK = Pattern.compile("[ \\t\\f]*[\\r\\n]\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\f\\r\\n]+");
    private static final String WIDE = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201F]";
    private static final Pattern BREAK_BETWEEN_WIDE =
            Pattern.compile("(?<=" + WIDE + ")[ \\uE000]*\\uE000[ \\uE000]*(?=" + WIDE + ")");

    private final BlockList blocks;
    private StringBuilder current = new StringBuilder();

    private HtmlBlocks(BlockList blocks) {
        this.blocks = blocks;
    }

    static void walk(Element content, BlockList blocks) {
        HtmlBlocks walker = new HtmlBlocks(blocks);
        NodeTraversor.filter(walker.filter(), content);
        walker.flush();
    }

    /** @return an element's text on one line, as a table cell shows it */
    static String inlineText(Element element) {
        HtmlBlocks walker = new HtmlBlocks(null);
        NodeTraversor.filter(walker.filter(), element);
        return TextJoin.oneLine(resolveBreaks(walker.current.toString()));
    }

    /** Visits the tree without recursion, so deeply nested pages cannot overflow the stack. */
    private NodeFilter filter() {
        return new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return enter(node);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && isBlock(element)) {
                    breakLine();
                }
                return FilterResult.CONTINUE;
            }
        };
    }

    private NodeFilter.FilterResult enter(Node node) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.nameIs("table") && blocks != null && !HtmlTable.isLayout(element)) {
                flush();
                HtmlTable.grid(element, HtmlBlocks::inlineText).forEach(row -> blocks.row(row, 0));
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (element.nameIs("br") || isBlock(element)) {
                breakLine();
            }
        }
        return NodeFilter.FilterResult.CONTINUE;
    }

    private static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    /** Collapses whitespace; a run holding a line break becomes a {@link #SEGMENT_BREAK}, resolved later. */
    private void append(String raw) {
        String marked = SOURCE_BREAK.matcher(raw).replaceAll(SEGMENT_BREAK);
        current.append(SPACES.matcher(marked).replaceAll(" "));
    }

    /** A segment break vanishes between Chinese characters and is a space elsewhere. */
    private static String resolveBreaks(String text) {
        return BREAK_BETWEEN_WIDE.matcher(text).replaceAll("").replace(SEGMENT_BREAK, " ");
    }

    /** Inside a table cell there is no block list: a line break becomes a segment break. */
    private void breakLine() {
        if (blocks == null) {
            current.append(SEGMENT_BREAK);
        } else {
            flush();
        }
    }

    private void flush() {
        if (blocks != null) {
            blocks.paragraph(resolveBreaks(current.toString()), 0);
        }
        current = new StringBuilder();
    }
}

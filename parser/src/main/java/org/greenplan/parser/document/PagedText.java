package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the lines of a paged document into blocks: furniture removed, ruled tables ({@link RuledTable}) and
 * tables only aligned in columns ({@link PdfTables}) read as rows of cells, the other lines rejoined into paragraphs, and the spaces text
 * extraction put beside Chinese characters removed ({@link TextJoin#dropSpacesBesideWide}).
 */
final class PagedText {

    private PagedText() {}

    /** @return the document, possibly without blocks when nothing but furniture was printed */
    static SourceDocument toDocument(DocumentFormat format, List<List<LayoutLine>> pages) {
        return toDocument(format, pages, List.of());
    }

    /**
     * @param ruled the ruled tables read from the pages (their text is not among the lines), in page order
     * @return the document, the ruled tables' rows in their place between the paragraphs
     */
    static SourceDocument toDocument(DocumentFormat format, List<List<LayoutLine>> pages, List<RuledTable> ruled) {
        List<List<LayoutLine>> body = PageFurniture.strip(pages);
        List<RuledTable> ruledTables = RuledTables.joinPages(ruled, body);
        List<PdfTable> tables = new ArrayList<>(PdfTables.find(body));
        PageGeometry width = PageGeometry.of(body.stream().flatMap(List::stream).toList(), null);
        List<PdfTable> layouts = tables.stream()
                .filter(table -> PageColumns.isLayout(table, width.right() - width.left()))
                .toList();
        if (!layouts.isEmpty()) {
            tables.removeAll(layouts);
            body = PageColumns.unfold(body, layouts, width);
        }
        Map<LayoutLine, Integer> order = new IdentityHashMap<>();
        body.stream().flatMap(List::stream).forEach(line -> order.put(line, order.size()));
        Set<LayoutLine> inTables = Collections.newSetFromMap(new IdentityHashMap<>());
        tables.forEach(table -> inTables.addAll(table.lines()));
        List<List<LayoutLine>> text = new ArrayList<>();
        Set<LayoutLine> breaks = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean afterTable = false;
        int r = 0;
        for (List<LayoutLine> page : body) {
            List<LayoutLine> kept = new ArrayList<>();
            for (LayoutLine line : page) {
                while (r < ruledTables.size() && before(ruledTables.get(r), line)) {
                    afterTable = true;
                    r++;
                }
                if (inTables.contains(line)) {
                    afterTable = true;
                } else {
                    kept.add(line);
                    if (afterTable) {
                        breaks.add(line);
                    }
                    afterTable = false;
                }
            }
            text.add(kept);
        }
        return blocks(format, LineJoiner.join(text, breaks), tables, order, ruledTables);
    }

    /** Whether the ruled table stands above the line: on an earlier page, or higher on its page. */
    private static boolean before(RuledTable table, LayoutLine line) {
        return table.page() < line.page() || (table.page() == line.page() && table.top() < line.baseline());
    }

    private static SourceDocument blocks(
            DocumentFormat format,
            List<LineJoiner.Joined> paragraphs,
            List<PdfTable> tables,
            Map<LayoutLine, Integer> order,
            List<RuledTable> ruled) {
        BlockList blocks = new BlockList();
        int t = 0;
        int r = 0;
        for (LineJoiner.Joined paragraph : paragraphs) {
            while (t < tables.size() && order.get(tables.get(t).lines().get(0)) < order.get(paragraph.first())) {
                r = addRuledBefore(blocks, ruled, r, tables.get(t).lines().get(0));
                addRows(blocks, tables.get(t++));
            }
            r = addRuledBefore(blocks, ruled, r, paragraph.first());
            blocks.paragraph(TextJoin.dropSpacesBesideWide(paragraph.text()), paragraph.page());
        }
        while (t < tables.size()) {
            r = addRuledBefore(blocks, ruled, r, tables.get(t).lines().get(0));
            addRows(blocks, tables.get(t++));
        }
        while (r < ruled.size()) {
            addRuled(blocks, ruled.get(r++));
        }
        return blocks.build(format);
    }

    /** Adds the ruled tables from {@code r} that stand above the line; @return the next table's index */
    private static int addRuledBefore(BlockList blocks, List<RuledTable> ruled, int r, LayoutLine line) {
        int next = r;
        while (next < ruled.size() && before(ruled.get(next), line)) {
            addRuled(blocks, ruled.get(next++));
        }
        return next;
    }

    private static void addRuled(BlockList blocks, RuledTable table) {
        for (int i = 0; i < table.rows().size(); i++) {
            blocks.row(table.rows().get(i), table.pages().get(i));
        }
    }

    private static void addRows(BlockList blocks, PdfTable table) {
        List<List<String>> rows = table.rows();
        List<PdfTableDoubts.Doubt> doubts = PdfTableDoubts.of(rows, table.page());
        int d = 0;
        for (int r = 0; r < rows.size(); r++) {
            while (d < doubts.size() && doubts.get(d).row() == r) {
                blocks.warnNext(doubts.get(d).kind(), doubts.get(d++).args());
            }
            blocks.row(rows.get(r).stream().map(TableCell::of).toList(), table.page());
        }
    }
}

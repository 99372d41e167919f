package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the lines of a paged document into blocks: furniture removed, tables printed on the page read
 * as rows of cells ({@link PdfTables}), the other lines rejoined into paragraphs, and the spaces text
 * extraction put beside Chinese characters removed ({@link TextJoin#dropSpacesBesideWide}).
 */
final class PagedText {

    private PagedText() {}

    /** @return the document, possibly without blocks when nothing but furniture was printed */
    static SourceDocument toDocument(DocumentFormat format, List<List<LayoutLine>> pages) {
        List<List<LayoutLine>> body = PageFurniture.strip(pages);
        List<PdfTable> tables = PdfTables.find(body);
        Map<LayoutLine, Integer> order = new IdentityHashMap<>();
        body.stream().flatMap(List::stream).forEach(line -> order.put(line, order.size()));
        Set<LayoutLine> inTables = Collections.newSetFromMap(new IdentityHashMap<>());
        tables.forEach(table -> inTables.addAll(table.lines()));
        List<List<LayoutLine>> text = new ArrayList<>();
        Set<LayoutLine> breaks = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean afterTable = false;
        for (List<LayoutLine> page : body) {
            List<LayoutLine> kept = new ArrayList<>();
            for (LayoutLine line : page) {
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
        return blocks(format, LineJoiner.join(text, breaks), tables, order);
    }

    private static SourceDocument blocks(
            DocumentFormat format,
            List<LineJoiner.Joined> paragraphs,
            List<PdfTable> tables,
            Map<LayoutLine, Integer> order) {
        BlockList blocks = new BlockList();
        int t = 0;
        for (LineJoiner.Joined paragraph : paragraphs) {
            while (t < tables.size() && order.get(tables.get(t).lines().get(0)) < order.get(paragraph.first())) {
                addRows(blocks, tables.get(t++));
            }
            blocks.paragraph(TextJoin.dropSpacesBesideWide(paragraph.text()), paragraph.page());
        }
        while (t < tables.size()) {
            addRows(blocks, tables.get(t++));
        }
        return blocks.build(format);
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

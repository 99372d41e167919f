package org.greenplan.parser.document;

import java.util.List;

/**
 * Turns the lines of a paged document into blocks: furniture removed, wrapped lines rejoined, and the
 * spaces text extraction put beside Chinese characters removed ({@link TextJoin#dropSpacesBesideWide}).
 */
final class PagedText {

    private PagedText() {}

    /** @return the document, possibly without blocks when nothing but furniture was printed */
    static SourceDocument toDocument(DocumentFormat format, List<List<LayoutLine>> pages) {
        BlockList blocks = new BlockList();
        for (LineJoiner.Joined paragraph : LineJoiner.join(PageFurniture.strip(pages))) {
            blocks.paragraph(TextJoin.dropSpacesBesideWide(paragraph.text()), paragraph.page());
        }
        return blocks.build(format);
    }
}

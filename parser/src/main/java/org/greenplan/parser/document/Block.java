package org.greenplan.parser.document;

/**
 * One unit of a {@link SourceDocument}: a paragraph or a table row. Every block renders as exactly
 * one line of {@link SourceDocument#toText()}, so its text never contains a line break.
 */
public sealed interface Block permits ParagraphBlock, TableRowBlock {

    /** @return the text of this block as one line (a table row's cells are joined with a tab) */
    String text();

    /** @return where the block sits in the source */
    BlockPosition position();
}

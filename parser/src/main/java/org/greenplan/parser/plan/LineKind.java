package org.greenplan.parser.plan;

/** What a line of the document is, before the tree builder gives it a meaning. */
enum LineKind {
    /** Nothing but spaces. */
    BLANK,
    /** Starts with a number in one of the {@link NumberStyle}s. */
    NUMBERED,
    /** Anything else: header lines, unnumbered paragraphs, signatures. */
    TEXT,
    /** A row of a table (only when parsing a {@code SourceDocument}): its cells are read by column. */
    TABLE_ROW
}

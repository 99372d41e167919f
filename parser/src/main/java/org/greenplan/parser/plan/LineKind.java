package org.greenplan.parser.plan;

/** What a line of the document is, before the tree builder gives it a meaning. */
enum LineKind {
    /** Nothing but spaces. */
    BLANK,
    /** Starts with a number in one of the {@link NumberStyle}s. */
    NUMBERED,
    /** Anything else: header lines, unnumbered paragraphs, signatures. */
    TEXT,
    /**
     * A numbered item of a 附件 list ({@code 2.宿州市绿色发展行动任务分解表} under {@code 附件：1.…}, see
     * {@code AnnexLists}): the title of an annex, neither a heading nor a task.
     */
    ANNEX_ITEM,
    /** A row of a table (only when parsing a {@code SourceDocument}): its cells are read by column. */
    TABLE_ROW
}

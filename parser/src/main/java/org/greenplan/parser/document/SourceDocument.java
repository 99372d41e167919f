package org.greenplan.parser.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A document as read from its file: the detected format and its blocks (paragraphs and table rows) in
 * reading order. Page headers, footers and page numbers of paged formats are already removed and lines
 * wrapped by the layout are rejoined.
 *
 * <p>Each block is one line of {@link #toText()}: line {@code n} of the text is block {@code n}, which
 * {@link #blockAtLine(int)} returns, so a position found in the text maps back to the source.
 *
 * <p>Web-page furniture (breadcrumbs, metadata blocks, share, download and print links) is removed too,
 * and listed in {@link #dropped()}; paragraph breaks lost by a web copy are restored.
 *
 * @param format  the detected format
 * @param blocks  the blocks in reading order
 * @param dropped  the web-page furniture removed, in order (empty when none)
 * @param warnings what a reader read with a doubt (cells of a PDF table that may have been merged), in
 *                 order (empty when none)
 */
public record SourceDocument(
        DocumentFormat format, List<Block> blocks, List<DroppedText> dropped, List<ReadWarning> warnings) {

    /** Copies the lists; no argument may be null. */
    public SourceDocument {
        Objects.requireNonNull(format, "format");
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
        warnings = List.copyOf(warnings);
    }

    /** A document read without doubts. */
    public SourceDocument(DocumentFormat format, List<Block> blocks, List<DroppedText> dropped) {
        this(format, blocks, dropped, List.of());
    }

    /** A document from which nothing was dropped. */
    public SourceDocument(DocumentFormat format, List<Block> blocks) {
        this(format, blocks, List.of());
    }

    /**
     * @return the blocks' texts joined with {@code \n} (no trailing newline); a table row is one line
     *         with its cells separated by tabs. This is the text the plan parser consumes.
     */
    public String toText() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    /**
     * @param line 1-based line of {@link #toText()}
     * @return the block that produced that line, or empty if the line is out of range
     */
    public Optional<Block> blockAtLine(int line) {
        if (line < 1 || line > blocks.size()) {
            return Optional.empty();
        }
        return Optional.of(blocks.get(line - 1));
    }
}

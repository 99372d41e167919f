package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;

/** Collects blocks in reading order and numbers them. */
final class BlockList {

    private final List<Block> blocks = new ArrayList<>();
    private final List<ReadWarning> warnings = new ArrayList<>();

    /** Adds a line of a text file as it is, even when blank. */
    void line(String text, int line) {
        blocks.add(new ParagraphBlock(text, BlockPosition.ofLine(nextIndex(), line)));
    }

    /** Adds a paragraph made one line; blank paragraphs are skipped. {@code page} 0 = unpaged. */
    void paragraph(String text, int page) {
        String line = TextJoin.oneLine(text);
        if (!line.isEmpty()) {
            blocks.add(new ParagraphBlock(line, position(page)));
        }
    }

    /** Adds a table row; a row whose cells are all blank is skipped. {@code page} 0 = unpaged. */
    void row(List<TableCell> cells, int page) {
        if (cells.stream().anyMatch(cell -> !cell.text().isBlank())) {
            blocks.add(new TableRowBlock(cells, position(page)));
        }
    }

    /** Records a doubt about the next block to be added. */
    void warnNext(ReadWarning.Kind kind, List<String> args) {
        warnings.add(new ReadWarning(nextIndex(), kind, args));
    }

    SourceDocument build(DocumentFormat format) {
        return new SourceDocument(format, blocks, List.of(), warnings);
    }

    private BlockPosition position(int page) {
        TimedRead.checkpoint();
        return page > 0 ? BlockPosition.onPage(nextIndex(), page) : BlockPosition.ofIndex(nextIndex());
    }

    private int nextIndex() {
        return blocks.size() + 1;
    }
}

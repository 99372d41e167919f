package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stage every reader's output goes through: web-page furniture ({@link WebFurniture}) is cut out of
 * each paragraph and recorded as {@link DroppedText}, and paragraphs whose breaks were lost are split
 * again ({@link LostBreaks}). Table rows pass unchanged. Blocks keep the source line and page of the
 * paragraph they came from; a paragraph left empty by the cut is removed. A task table flattened one cell a
 * paragraph, or one row a line with cells separated by spaces, is rebuilt into rows first
 * ({@link FlatTables}, {@link SpacedTables}).
 */
final class Segmentation {

    private final List<Block> blocks = new ArrayList<>();
    private final List<DroppedText> dropped = new ArrayList<>();
    private final Map<Integer, Integer> moved = new HashMap<>();

    private Segmentation() {}

    /** @return the document with furniture dropped and lost paragraph breaks restored */
    static SourceDocument apply(SourceDocument document) {
        Segmentation segmentation = new Segmentation();
        FlatTables.Rebuilt spaced = SpacedTables.rebuild(document.blocks());
        FlatTables.Rebuilt rebuilt = FlatTables.rebuild(spaced.blocks());
        rebuilt.blocks().forEach(segmentation::add);
        List<ReadWarning> warnings = Stream.of(document.warnings(), spaced.warnings(), rebuilt.warnings())
                .flatMap(List::stream)
                .map(w -> new ReadWarning(segmentation.moved.getOrDefault(w.line(), w.line()), w.kind(), w.args()))
                .toList();
        return new SourceDocument(document.format(), segmentation.blocks, segmentation.dropped, warnings);
    }

    private void add(Block block) {
        if (!(block instanceof ParagraphBlock paragraph) || paragraph.text().isBlank()) {
            blocks.add(renumbered(block));
            return;
        }
        String text = paragraph.text();
        List<WebFurniture.Piece> pieces = WebFurniture.find(text);
        String rest = pieces.isEmpty() ? text : withoutFurniture(text, pieces); // most paragraphs: no copy
        moved.put(paragraph.position().index(), blocks.size() + 1);
        for (String part : LostBreaks.split(rest, !pieces.isEmpty())) {
            if (!part.isBlank() || pieces.isEmpty()) {
                blocks.add(new ParagraphBlock(part, position(paragraph.position())));
            }
        }
    }

    /** @return the paragraph with its furniture cut out (a space where each piece stood), stripped */
    private String withoutFurniture(String text, List<WebFurniture.Piece> pieces) {
        int line = blocks.size() + 1;
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (WebFurniture.Piece piece : pieces) {
            kept.append(text, from, piece.start()).append(' ');
            dropped.add(new DroppedText(
                    line,
                    piece.kind(),
                    text.substring(piece.start(), piece.end()).strip()));
            from = piece.end();
        }
        kept.append(text, from, text.length());
        return kept.toString().strip();
    }

    private Block renumbered(Block block) {
        BlockPosition at = position(block.position());
        moved.put(block.position().index(), at.index());
        if (block instanceof TableRowBlock row) {
            return new TableRowBlock(row.cells(), at);
        }
        return new ParagraphBlock(block.text(), at);
    }

    private BlockPosition position(BlockPosition source) {
        return new BlockPosition(blocks.size() + 1, source.line(), source.page());
    }
}

package org.greenplan.parser.document;

import java.util.Objects;

/**
 * 段落 — a paragraph (or, for plain text, a line).
 *
 * @param text     the paragraph's text; may be empty (blank lines of a text file), never contains CR or LF
 * @param position where the paragraph sits in the source
 */
public record ParagraphBlock(String text, BlockPosition position) implements Block {

    /** @throws IllegalArgumentException if {@code text} contains a line break */
    public ParagraphBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("paragraph text must be one line: " + text);
        }
    }
}

package org.greenplan.parser.document;

import java.util.Objects;

/**
 * Web-page furniture a reader removed from a document (a breadcrumb, a metadata block, share buttons,
 * download and print links), kept so that the office can see what was dropped.
 *
 * @param line 1-based line of {@link SourceDocument#toText()} nearest to where the text stood (the block
 *             it was cut from, or the one that follows it); 1 when the document has no block left
 * @param kind what it was, in words for the review screen (网页导航, 信息公开元数据, 分享按钮 …)
 * @param text the text dropped, one line
 */
public record DroppedText(int line, String kind, String text) {

    /** @throws IllegalArgumentException if {@code line < 1} */
    public DroppedText {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }
}

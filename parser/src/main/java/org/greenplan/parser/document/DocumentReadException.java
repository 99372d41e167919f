package org.greenplan.parser.document;

import java.util.OptionalLong;

/**
 * A document could not be read as the kind of document it claims to be: an empty file, an image or
 * other binary file, text in an encoding we cannot recognise, a read that ran out of time. Unchecked,
 * because callers can only report it: the message is written for the office (Chinese first, with an
 * English gloss in brackets), e.g. {@code 不是文本文件：看起来是 PNG 图片}.
 *
 * <p>Where the problem sits at a known place in the input, {@link #position()} gives its 0-based byte
 * offset, so a review screen can say where the file goes wrong.
 */
public final class DocumentReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final long NO_POSITION = -1;

    private final long position;

    /**
     * @param message what went wrong, in words the office understands
     */
    public DocumentReadException(String message) {
        this(message, NO_POSITION, null);
    }

    /**
     * @param message what went wrong, in words the office understands
     * @param cause   the underlying failure, kept for the log
     */
    public DocumentReadException(String message, Throwable cause) {
        this(message, NO_POSITION, cause);
    }

    /**
     * @param message  what went wrong, in words the office understands
     * @param position 0-based byte offset in the input where the problem was found
     */
    public DocumentReadException(String message, long position) {
        this(message, position, null);
    }

    private DocumentReadException(String message, long position, Throwable cause) {
        super(message, cause);
        this.position = position < 0 ? NO_POSITION : position;
    }

    /** @return the 0-based byte offset where the problem was found, or empty when it has no place */
    public OptionalLong position() {
        return position == NO_POSITION ? OptionalLong.empty() : OptionalLong.of(position);
    }
}

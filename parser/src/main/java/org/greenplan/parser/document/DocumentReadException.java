package org.greenplan.parser.document;

import java.util.List;
import java.util.OptionalLong;

/**
 * A document could not be read as the kind of document it claims to be: an empty file, an image or
 * other binary file, text in an encoding we cannot recognise, a read that ran out of time. Unchecked,
 * because callers can only report it. It carries a {@link ReadRefusal} code and its arguments, which
 * the web application renders from its message bundles; the message is the code's Chinese default
 * text (with an English gloss in brackets), e.g. {@code 不是文本文件：看起来是 PNG 图片}.
 *
 * <p>Where the problem sits at a known place in the input, {@link #position()} gives its 0-based byte
 * offset, so a review screen can say where the file goes wrong.
 */
public final class DocumentReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final long NO_POSITION = -1;

    private final long position;
    private final ReadRefusal refusal;
    private final List<String> args;

    /**
     * @param refusal why the document was refused
     * @param args    the refusal's arguments, in placeholder order
     */
    public DocumentReadException(ReadRefusal refusal, String... args) {
        this(refusal, List.of(args), NO_POSITION, null);
    }

    /**
     * @param refusal why the document was refused
     * @param cause   the underlying failure, kept for the log
     * @param args    the refusal's arguments, in placeholder order
     */
    public DocumentReadException(ReadRefusal refusal, Throwable cause, String... args) {
        this(refusal, List.of(args), NO_POSITION, cause);
    }

    /**
     * @param refusal  why the document was refused
     * @param position 0-based byte offset in the input where the problem was found
     * @param args     the refusal's arguments, in placeholder order
     */
    public DocumentReadException(ReadRefusal refusal, long position, String... args) {
        this(refusal, List.of(args), position, null);
    }

    /**
     * A refusal given as free text ({@link ReadRefusal#TEXT}).
     *
     * @param message what went wrong, in words the office understands
     */
    public DocumentReadException(String message) {
        this(ReadRefusal.TEXT, List.of(message), NO_POSITION, null);
    }

    /**
     * A refusal given as free text ({@link ReadRefusal#TEXT}).
     *
     * @param message what went wrong, in words the office understands
     * @param cause   the underlying failure, kept for the log
     */
    public DocumentReadException(String message, Throwable cause) {
        this(ReadRefusal.TEXT, List.of(message), NO_POSITION, cause);
    }

    private DocumentReadException(ReadRefusal refusal, List<String> args, long position, Throwable cause) {
        super(refusal.format(args), cause);
        this.refusal = refusal;
        this.args = List.copyOf(args);
        this.position = position < 0 ? NO_POSITION : position;
    }

    /** @return the 0-based byte offset where the problem was found, or empty when it has no place */
    public OptionalLong position() {
        return position == NO_POSITION ? OptionalLong.empty() : OptionalLong.of(position);
    }

    /** @return why the document was refused */
    public ReadRefusal refusal() {
        return refusal;
    }

    /** @return the refusal's arguments, in placeholder order */
    public List<String> args() {
        return args;
    }
}

package org.greenplan.planimport;

import java.util.Arrays;
import java.util.List;
import org.greenplan.parser.plan.ParseIssue;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A document that cannot be imported; nothing was stored. It says where ({@code 文件名} or
 * {@code 文件名:行:列}) and why, as a message key with arguments: render it with a
 * {@link org.springframework.context.MessageSource} (it is a {@link MessageSourceResolvable}, key
 * {@code import.refusal.place}: place, then the reason). {@link #getMessage()} is the same text with
 * the reason's default (the parser's Chinese text, or the reason's key), for logs.
 */
public class ImportRejectedException extends RuntimeException implements MessageSourceResolvable {
    private static final long serialVersionUID = 1L;

    private final String place;
    private final DefaultMessageSourceResolvable reason;
    private final transient List<ParseIssue> issues;

    ImportRejectedException(String place, DefaultMessageSourceResolvable reason, List<ParseIssue> issues) {
        super(place == null ? text(reason) : place + ": " + text(reason));
        this.place = place;
        this.reason = reason;
        this.issues = List.copyOf(issues);
    }

    ImportRejectedException(String place, DefaultMessageSourceResolvable reason) {
        this(place, reason, List.of());
    }

    /**
     * @param code           the reason's message key
     * @param defaultMessage the reason in Chinese when the parser gave one, else null
     * @param args           the key's arguments
     */
    static DefaultMessageSourceResolvable reason(String code, String defaultMessage, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args, defaultMessage);
    }

    private static String text(MessageSourceResolvable reason) {
        if (reason.getDefaultMessage() != null) {
            return reason.getDefaultMessage();
        }
        Object[] args = reason.getArguments();
        return reason.getCodes()[0] + (args == null || args.length == 0 ? "" : " " + Arrays.toString(args));
    }

    /** @return the file name, with line and column where the reason has a place; null when there is no file */
    public String place() {
        return place;
    }

    /** @return why the document was refused, without the place */
    public MessageSourceResolvable reason() {
        return reason;
    }

    /** @return the parse issues that caused the rejection; empty when the file could not be read at all */
    public List<ParseIssue> issues() {
        return issues;
    }

    @Override
    public String[] getCodes() {
        return place == null ? reason.getCodes() : new String[] {"import.refusal.place"};
    }

    @Override
    public Object[] getArguments() {
        return place == null ? reason.getArguments() : new Object[] {place, reason};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}

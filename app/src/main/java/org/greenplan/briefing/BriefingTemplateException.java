package org.greenplan.briefing;

import java.util.List;

/**
 * A Word template that cannot make a briefing: not a .docx, a tag the briefing does not fill, or a
 * failure while rendering the model into it. The message is a key of the message bundles with its
 * arguments, for the office's page.
 */
public class BriefingTemplateException extends RuntimeException {
    private final String code;
    private final List<Object> args;

    BriefingTemplateException(String code, Throwable cause, Object... args) {
        super(code, cause);
        this.code = code;
        this.args = List.of(args);
    }

    BriefingTemplateException(String code, Object... args) {
        this(code, null, args);
    }

    /** @return the message key, {@code briefing.template.*} */
    public String code() {
        return code;
    }

    /** @return the message arguments */
    public Object[] args() {
        return args.toArray();
    }
}

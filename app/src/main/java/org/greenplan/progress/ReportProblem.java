package org.greenplan.progress;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * Base of the refusals of this module: each carries a message key and arguments, so pages and the API
 * show it in the reader's language; {@link #getMessage()} holds key and arguments for logs.
 */
public abstract class ReportProblem extends RuntimeException implements MessageSourceResolvable {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final Object[] args;

    protected ReportProblem(String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.args = args.clone();
    }

    /** @return the message key */
    public String code() {
        return code;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }
}

package org.greenplan.plan;

import java.util.Arrays;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSourceResolvable;

/**
 * A plan, task, target or import that does not exist (a stale link, a mistyped number). The error page
 * renders it from the message bundles by {@link #getCodes()} and {@link #getArguments()} with status
 * 404; {@link #getMessage()} is the key and arguments, for logs.
 */
public class NotFoundException extends NoSuchElementException implements MessageSourceResolvable {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final Object[] args;

    /**
     * @param code message key, e.g. {@code error.notFound.task}
     * @param args the key's arguments
     */
    public NotFoundException(String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.args = args.clone();
    }

    /** @return the exception for a plan number that names no plan */
    public static NotFoundException plan(long planId) {
        return new NotFoundException("error.notFound.plan", String.valueOf(planId));
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

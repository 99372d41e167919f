package org.greenplan.periods;

import java.io.Serial;
import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A request the periods module refuses, with a message key and its arguments so that pages render it
 * in the reader's language (e.g. {@code periods.refused.notOpen}). Nothing was stored.
 */
public class PeriodRefusal extends RuntimeException implements MessageSourceResolvable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] arguments;

    /**
     * @param code      the message key
     * @param arguments the key's arguments, shown as given
     */
    public PeriodRefusal(String code, Object... arguments) {
        super(code + " " + Arrays.toString(arguments));
        this.code = code;
        this.arguments = arguments.clone();
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
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}

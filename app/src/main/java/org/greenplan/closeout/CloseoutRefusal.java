package org.greenplan.closeout;

import java.io.Serial;
import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A request or decision this module refuses, with a message key ({@code closeout.refused.*}) and its
 * arguments, so pages render it in the reader's language. Nothing was stored.
 */
public class CloseoutRefusal extends RuntimeException implements MessageSourceResolvable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] arguments;

    /**
     * @param code      the message key
     * @param arguments the key's arguments, shown as given
     */
    public CloseoutRefusal(String code, Object... arguments) {
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

package org.greenplan.plan;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A state change that the plan's current state does not allow. It says why as a message key with arguments, rendered from the
 * message bundles in the reader's language; {@link #getMessage()} is the key and arguments, for logs.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class PlanStateException extends RuntimeException implements MessageSourceResolvable {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final Object[] args;

    /**
     * @param code message key, e.g. {@code draft.noUnits}
     * @param args the key's arguments
     */
    public PlanStateException(String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.args = args.clone();
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

package org.greenplan.assessment;

import java.io.Serial;
import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A request the assessment module refuses (a rule out of range, a transition the entry's state does not
 * allow), with a message key and its arguments so that pages render it in the reader's language. Nothing
 * was stored.
 */
public class AssessmentRefusal extends RuntimeException implements MessageSourceResolvable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] arguments;

    /**
     * @param code      the message key, e.g. {@code assessment.rules.weightSum}
     * @param arguments the key's arguments, shown as given
     */
    public AssessmentRefusal(String code, Object... arguments) {
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

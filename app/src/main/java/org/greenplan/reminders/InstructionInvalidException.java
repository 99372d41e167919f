package org.greenplan.reminders;

import org.springframework.context.MessageSourceResolvable;

/** A 批示 or 催办 text that is blank or too long; shown to the writer from the bundles. */
public class InstructionInvalidException extends IllegalArgumentException implements MessageSourceResolvable {
    private static final long serialVersionUID = 1L;
    private final int maxLength;

    /** @param maxLength the longest text accepted */
    public InstructionInvalidException(int maxLength) {
        super("text blank or longer than " + maxLength);
        this.maxLength = maxLength;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"reminders.text.invalid"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {maxLength};
    }
}

package org.greenplan.planimport;

import org.springframework.context.MessageSourceResolvable;

/**
 * The same file (same SHA-256) was imported before; nothing new was stored. Rendered with key
 * {@code import.refusal.duplicate} (the earlier plan's title and number).
 */
public class DuplicateImportException extends RuntimeException implements MessageSourceResolvable {
    private static final long serialVersionUID = 1L;

    private final long existingPlanId;
    private final String existingTitle;

    DuplicateImportException(long existingPlanId, String existingTitle) {
        super("this file was imported before as plan " + existingPlanId);
        this.existingPlanId = existingPlanId;
        this.existingTitle = existingTitle;
    }

    /** @return the plan the file was imported as earlier */
    public long existingPlanId() {
        return existingPlanId;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"import.refusal.duplicate"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {existingTitle, String.valueOf(existingPlanId)};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}

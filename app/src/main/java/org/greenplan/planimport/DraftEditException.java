package org.greenplan.planimport;

import org.greenplan.shared.Refusal;

/**
 * A correction that cannot be applied to a draft. It says why as a message key with arguments, rendered from the
 * message bundles in the reader's language; {@link #getMessage()} is the key and arguments, for logs.
 */
public class DraftEditException extends Refusal {
    private static final long serialVersionUID = 1L;

    /**
     * @param code message key, e.g. {@code draft.noUnits}
     * @param args the key's arguments
     */
    public DraftEditException(String code, Object... args) {
        super(code, args);
    }
}

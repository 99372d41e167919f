package org.greenplan.plan;

import org.greenplan.shared.Refusal;

/**
 * A state change that the plan's current state does not allow. It says why as a message key with arguments, rendered from the
 * message bundles in the reader's language; {@link #getMessage()} is the key and arguments, for logs.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class PlanStateException extends Refusal {
    private static final long serialVersionUID = 1L;

    /**
     * @param code message key, e.g. {@code draft.noUnits}
     * @param args the key's arguments
     */
    public PlanStateException(String code, Object... args) {
        super(code, args);
    }
}

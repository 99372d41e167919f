package org.greenplan.periods;

import java.io.Serial;
import org.greenplan.shared.Refusal;

/**
 * A request the periods module refuses, with a message key and its arguments so that pages render it
 * in the reader's language (e.g. {@code periods.refused.notOpen}). Nothing was stored.
 */
public class PeriodRefusal extends Refusal {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param code      the message key
     * @param arguments the key's arguments, shown as given
     */
    public PeriodRefusal(String code, Object... arguments) {
        super(code, arguments);
    }
}

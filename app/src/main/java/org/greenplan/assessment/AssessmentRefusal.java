package org.greenplan.assessment;

import java.io.Serial;
import org.greenplan.shared.Refusal;

/**
 * A request the assessment module refuses (a rule out of range, a transition the entry's state does not
 * allow), with a message key and its arguments so that pages render it in the reader's language. Nothing
 * was stored.
 */
public class AssessmentRefusal extends Refusal {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param code      the message key, e.g. {@code assessment.rules.weightSum}
     * @param arguments the key's arguments, shown as given
     */
    public AssessmentRefusal(String code, Object... arguments) {
        super(code, arguments);
    }
}

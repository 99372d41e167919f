package org.greenplan.briefing;

import java.io.Serial;
import org.greenplan.shared.Refusal;

/** A schedule the office cannot set; the message key is {@code briefing.schedule.*}. */
public class BriefingScheduleException extends Refusal {
    @Serial
    private static final long serialVersionUID = 1L;

    BriefingScheduleException(String code) {
        super(code);
    }
}

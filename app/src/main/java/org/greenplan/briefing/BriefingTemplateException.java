package org.greenplan.briefing;

import java.io.Serial;
import org.greenplan.shared.MessageKey;
import org.greenplan.shared.Refusal;

/**
 * A Word template that cannot make a briefing: not a .docx, a tag the briefing does not fill, or a
 * failure while rendering the model into it. The message key ({@code briefing.template.*}) and its
 * arguments are for the office's page.
 */
public class BriefingTemplateException extends Refusal {
    @Serial
    private static final long serialVersionUID = 1L;

    BriefingTemplateException(String code, Throwable cause, Object... args) {
        super(MessageKey.of(code, args), cause);
    }

    BriefingTemplateException(String code, Object... args) {
        super(code, args);
    }
}

package org.greenplan.briefing;

import java.util.Locale;
import org.greenplan.supervision.StatusReason;
import org.springframework.context.MessageSource;

/**
 * The briefing's wording in {@link #LOCALE}: a 通报 is an official Chinese document whatever the reader's UI
 * language. Numbers go in as plain text, since {@link java.text.MessageFormat} would print 2022 as 2,022.
 */
final class DocumentTexts {
    /** The language of the document. */
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    DocumentTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** @return the message {@code key} with the arguments, numbers written as plain digits */
    String text(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return messages.getMessage(key, plain, LOCALE);
    }

    /** @return the rule behind a status, worded */
    String reason(StatusReason reason) {
        return messages.getMessage(reason.messageKey(), reason.args().toArray(), LOCALE);
    }

    MessageSource messages() {
        return messages;
    }
}

package org.greenplan.dashboard;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts from the message bundles in the request's language. */
@Component
class Labels {
    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    MessageSource source() {
        return messages;
    }
}

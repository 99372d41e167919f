package org.greenplan.notifications.internal;

import java.util.Locale;
import java.util.stream.Collectors;
import org.greenplan.notifications.Notice;
import org.greenplan.notifications.NoticeText;
import org.greenplan.shared.PeriodNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a notice's {@link NoticeText} into words in a language, and keeps it as JSON in {@code
 * notification_message.content} (written and read with the application's Jackson). A message stored before notices
 * kept their keys has no content: it reads as the text stored with it, in the language it was written in.
 */
@Component
public class NoticeRenderer {
    /**
     * The office's language: the text stored beside the keys, and what e-mail, SMS and group robots carry (GreenPlan
     * keeps no language per person; the UI language is a setting of the browser).
     */
    public static final Locale OFFICE = Locale.SIMPLIFIED_CHINESE;

    private static final Logger log = LoggerFactory.getLogger(NoticeRenderer.class);
    private final MessageSource messages;
    private final PeriodNames periodNames;
    private final JsonMapper json;

    NoticeRenderer(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.periodNames = new PeriodNames(messages);
        this.json = json;
    }

    /**
     * A notice's subject and body in one language.
     *
     * @param subject one line
     * @param body    the text, lines separated by {@code \n}
     */
    public record Rendered(String subject, String body) {}

    /**
     * The stored form of a notice's texts.
     *
     * @param subject the subject
     * @param body    the body
     */
    public record Content(NoticeText subject, NoticeText body) {}

    /**
     * @return the text in {@code locale}
     * @throws NoSuchMessageException   when a key is in neither bundle
     * @throws IllegalArgumentException when a message's pattern does not fit its arguments
     */
    public String render(NoticeText text, Locale locale) {
        return String.valueOf(value(text, locale));
    }

    /** @return the notice's subject and body in {@code locale} */
    public Rendered render(Notice notice, Locale locale) {
        return new Rendered(render(notice.subject(), locale), render(notice.body(), locale));
    }

    /** @return the notice's subject and body as the JSON stored with it */
    public String json(Notice notice) {
        return json.writeValueAsString(new Content(notice.subject(), notice.body()));
    }

    /**
     * Reads a stored message in the reader's language.
     *
     * @param content       the stored JSON, or null for a message stored before notices kept their keys
     * @param storedSubject the subject as stored when the message was sent
     * @param storedBody    the body as stored
     * @return the texts rendered in {@code locale}; the stored texts when there is no content, or when it no longer
     *         renders (a key removed from the bundles since: the message is still shown, as it was sent)
     */
    public Rendered read(String content, String storedSubject, String storedBody, Locale locale) {
        Rendered stored = new Rendered(storedSubject, storedBody);
        if (content == null) {
            return stored;
        }
        try {
            Content texts = json.readValue(content, Content.class);
            return new Rendered(render(texts.subject(), locale), render(texts.body(), locale));
        } catch (JacksonException | NoSuchMessageException | IllegalArgumentException e) {
            log.warn("A stored notice does not render in {}, its stored text is shown: {}", locale, e.toString());
            return stored;
        }
    }

    private Object value(NoticeText text, Locale locale) {
        if (text instanceof NoticeText.Message message) {
            Object[] args =
                    message.args().stream().map(arg -> value(arg, locale)).toArray();
            return messages.getMessage(message.key(), args, locale);
        } else if (text instanceof NoticeText.Verbatim verbatim) {
            return verbatim.text();
        } else if (text instanceof NoticeText.Numeral numeral) {
            // a number, so that a pattern such as {0,number,#} formats it
            return numeral.value();
        } else if (text instanceof NoticeText.Period period) {
            return periodNames.of(period.label(), locale);
        }
        NoticeText.Joined joined = (NoticeText.Joined) text;
        return joined.parts().stream()
                .map(part -> render(part, locale))
                .collect(Collectors.joining(joined.separator()));
    }
}

package org.greenplan.notifications;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A notice's subject or body kept as message keys with their arguments, not as finished text, so each reader sees it
 * in the language of their own pages: the inbox renders it when it is read ({@code ?lang=en} or Chinese), and the
 * external channels render it in the office's language when they send. Stored as JSON with the message.
 *
 * <p>What translates and what does not: a {@link Message} is looked up in the message bundles, a {@link Period}
 * label is named as {@link org.greenplan.shared.PeriodNames} names it (2022-06 reads 2022年6月 or June 2022), a
 * {@link Numeral} is formatted by its message's pattern; a {@link Verbatim} text — a unit's or task's name, what a
 * person typed, a date in ISO form — is shown as stored in every language.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = NoticeText.Message.class, name = "message"),
    @JsonSubTypes.Type(value = NoticeText.Verbatim.class, name = "verbatim"),
    @JsonSubTypes.Type(value = NoticeText.Numeral.class, name = "numeral"),
    @JsonSubTypes.Type(value = NoticeText.Period.class, name = "period"),
    @JsonSubTypes.Type(value = NoticeText.Joined.class, name = "joined")
})
public sealed interface NoticeText {

    /**
     * A message key of the bundles with its arguments ({0}, {1} …), each itself a text.
     *
     * @param key  e.g. {@code reminders.urging.subject}; must exist in both languages
     * @param args the arguments in order
     */
    record Message(String key, List<NoticeText> args) implements NoticeText {
        public Message {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    /** @param text shown as it is in every language (names, typed text, ISO dates) */
    record Verbatim(String text) implements NoticeText {
        public Verbatim {
            Objects.requireNonNull(text, "text");
        }
    }

    /** @param value a count or a year, formatted by its message's pattern ({@code {0,number,#}}) */
    record Numeral(long value) implements NoticeText {}

    /** @param label a reporting period's stored label, e.g. {@code 2022-06}, {@code 2022Q2}, or a custom name */
    record Period(String label) implements NoticeText {
        public Period {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Texts one after another.
     *
     * @param separator what stands between two parts, e.g. {@code "\n"}, or empty
     * @param parts     the parts in order
     */
    record Joined(String separator, List<NoticeText> parts) implements NoticeText {
        public Joined {
            Objects.requireNonNull(separator, "separator");
            parts = List.copyOf(parts);
        }
    }

    /**
     * @param key  a message key present in both bundles
     * @param args its arguments: a {@link NoticeText} (translated in turn), a {@link String} (shown as it is), an
     *             {@link Integer} or {@link Long} (a {@link Numeral}) or a {@link LocalDate} (ISO, as the messages
     *             print dates); null is shown as {@code -}
     * @return the message
     * @throws IllegalArgumentException for an argument of another type (it could not be stored and read back as it
     *                                  was)
     */
    static NoticeText of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(NoticeText::argument).toList());
    }

    /** @return the text, shown as it is in every language */
    static NoticeText verbatim(String text) {
        return new Verbatim(text);
    }

    /** @return the period's name in the reader's language */
    static NoticeText period(String label) {
        return new Period(label);
    }

    /** @return the texts, one per line */
    static NoticeText lines(NoticeText... lines) {
        return new Joined("\n", List.of(lines));
    }

    /** @return this text directly followed by {@code next} */
    default NoticeText then(NoticeText next) {
        return new Joined("", List.of(this, next));
    }

    private static NoticeText argument(Object value) {
        if (value == null) {
            return new Verbatim("-");
        } else if (value instanceof NoticeText text) {
            return text;
        } else if (value instanceof String text) {
            return new Verbatim(text);
        } else if (value instanceof Integer || value instanceof Long) {
            return new Numeral(((Number) value).longValue());
        } else if (value instanceof LocalDate date) {
            return new Verbatim(date.toString());
        }
        throw new IllegalArgumentException("a notice argument is text, a whole number, a date or a NoticeText, not "
                + value.getClass().getName());
    }
}

package org.greenplan.targets;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of reading a typed value ({@link ReportedValueParser}): accepted, accepted but to be
 * confirmed by the user, or rejected. Messages are message keys (messages.properties, Chinese; and
 * messages_en.properties) with their arguments, so each page shows them in its own language.
 *
 * @param value             the value read, or null when rejected
 * @param approximate       true when marked approximate (约, 左右)
 * @param needsConfirmation true when the value looks like the wrong unit (0.92 against 92 %): store it
 *                          only once the user has confirmed it
 * @param messageKey        what is wrong or doubtful, or null when accepted without doubt
 * @param arguments         the message's arguments ({0}, {1}…)
 */
public record ParsedValue(
        BigDecimal value, boolean approximate, boolean needsConfirmation, String messageKey, List<String> arguments) {

    public ParsedValue {
        arguments = List.copyOf(arguments);
    }

    static ParsedValue accept(BigDecimal value, boolean approximate) {
        return new ParsedValue(value, approximate, false, null, List.of());
    }

    static ParsedValue confirm(BigDecimal value, boolean approximate, String key, String... arguments) {
        return new ParsedValue(value, approximate, true, key, List.of(arguments));
    }

    static ParsedValue reject(String key, String... arguments) {
        return new ParsedValue(null, false, false, key, List.of(arguments));
    }

    /** @return true when a value was read (possibly still {@link #needsConfirmation() to be confirmed}) */
    public boolean isAccepted() {
        return value != null;
    }

    /**
     * @param confirmed whether the user confirmed a doubtful value
     * @return true when the value may be stored
     */
    public boolean isStorable(boolean confirmed) {
        return isAccepted() && (!needsConfirmation || confirmed);
    }
}

package org.greenplan.targets.web;

import java.util.List;
import org.greenplan.targets.ParsedValue;

/**
 * A message for the panel as a key of messages.properties and its arguments, resolved in the
 * request's language when the panel is built.
 */
record FieldMessage(String key, List<String> arguments) {

    static FieldMessage of(String key, Object... arguments) {
        return new FieldMessage(
                key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    static FieldMessage of(ParsedValue parsed) {
        return new FieldMessage(parsed.messageKey(), parsed.arguments());
    }
}

package org.greenplan.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A message key with its arguments, e.g. {@code progress.refused.locked} with the period's label: what a
 * refusal says, rendered later from the message bundles in the reader's language.
 *
 * @param code      the message key
 * @param arguments the key's arguments, shown as given (no further formatting)
 */
public record MessageKey(String code, List<Object> arguments) {
    /** @throws NullPointerException when the code or an argument is null */
    public MessageKey {
        java.util.Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /** @return the key with its arguments (a null argument becomes {@code "-"}) */
    public static MessageKey of(String code, Object... arguments) {
        return new MessageKey(
                code, Arrays.stream(arguments).map(a -> a == null ? "-" : a).toList());
    }

    /** @return key and arguments for logs, e.g. {@code progress.refused.locked [2022年6月]} */
    @Override
    public String toString() {
        return code + (arguments.isEmpty() ? "" : " " + arguments);
    }
}

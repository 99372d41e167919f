package org.greenplan.progress;

import java.util.Arrays;
import java.util.List;

/**
 * What is wrong with one field, as a message key of the bundles and its arguments.
 *
 * @param key       e.g. {@code target.value.notANumber}
 * @param arguments the message's arguments ({0}, {1} …)
 */
public record FieldProblem(String key, List<String> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    /** @return the problem with arguments shown as text */
    public static FieldProblem of(String key, Object... arguments) {
        return new FieldProblem(
                key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}

package org.greenplan.progress;

import java.util.Arrays;
import java.util.List;

/**
 * What is wrong with one field, as a message key of the bundles and its arguments.
 *
 * @param key         e.g. {@code target.value.notANumber}
 * @param arguments   the message's arguments ({0}, {1} …)
 * @param confirmable whether the value is doubtful rather than refused: the user may confirm it as typed
 *     ("我已核对") and save it; a refused value (N/A, not a number, out of range) can only be changed
 */
public record FieldProblem(String key, List<String> arguments, boolean confirmable) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    /** A refusal: the value must be changed. */
    public FieldProblem(String key, List<String> arguments) {
        this(key, arguments, false);
    }

    /** @return a doubtful value the user may confirm as typed (0.92 against ≥ 92 %) */
    public static FieldProblem toConfirm(String key, List<String> arguments) {
        return new FieldProblem(key, arguments, true);
    }

    /** @return the problem with arguments shown as text */
    public static FieldProblem of(String key, Object... arguments) {
        return new FieldProblem(
                key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}

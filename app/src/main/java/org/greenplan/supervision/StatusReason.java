package org.greenplan.supervision;

import java.util.List;
import java.util.Objects;

/**
 * The rule that produced a status, as a message: key {@code supervision.reason.<code>} in
 * {@code messages.properties}, with its arguments (indicator names, values with their units, dates as
 * ISO {@code yyyy-MM-dd}, unit names).
 *
 * @param code   the rule's code, e.g. {@code TARGET_RED}, {@code REPORT_MISSING}, {@code DEADLINE_PASSED}
 * @param args   the message arguments, already formatted as text
 * @param unitId the responsible unit the rule is about ({@code REPORT_MISSING}, {@code REPORT_LATE}), or
 *               null when it is about the task as a whole
 */
public record StatusReason(String code, List<String> args, Long unitId) {

    public StatusReason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** A reason about the task as a whole. */
    public StatusReason(String code, List<String> args) {
        this(code, args, null);
    }

    /** @return a reason with the given arguments */
    public static StatusReason of(String code, String... args) {
        return new StatusReason(code, List.of(args));
    }

    /** @return a reason about one responsible unit, with the given arguments */
    public static StatusReason ofUnit(String code, long unitId, String... args) {
        return new StatusReason(code, List.of(args), unitId);
    }

    /** @return {@code supervision.reason.<code>} */
    public String messageKey() {
        return "supervision.reason." + code;
    }
}

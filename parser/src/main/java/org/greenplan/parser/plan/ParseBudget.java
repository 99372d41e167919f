package org.greenplan.parser.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * One parse's use of its {@link ParseLimits}: the clock started when the parse began, the tasks counted
 * so far. Each check returns the ERROR issue that stops the parse, or empty.
 */
final class ParseBudget {
    private final ParseLimits limits;
    private final long deadline;
    private int tasks;

    ParseBudget(ParseLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxDuration().toNanos();
    }

    /** @return an ERROR when the time limit has passed */
    Optional<ParseIssue> overTime(int line) {
        if (System.nanoTime() - deadline <= 0) {
            return Optional.empty();
        }
        return Optional.of(ParseIssue.error(
                line,
                1,
                IssueCode.PARSE_TIME_LIMIT,
                Long.toString(limits.maxDuration().toSeconds())));
    }

    /**
     * @param line   first line of the task
     * @param column its column
     * @param chars  the task's length in characters, unit clause included
     * @return an ERROR when the task is too long
     */
    Optional<ParseIssue> tooLong(int line, int column, int chars) {
        if (chars <= limits.maxTaskChars()) {
            return Optional.empty();
        }
        return Optional.of(ParseIssue.error(
                line,
                column,
                IssueCode.TASK_TOO_LONG,
                Integer.toString(line),
                grouped(chars),
                grouped(limits.maxTaskChars())));
    }

    /** Counts one more task. @return an ERROR when it is one too many */
    Optional<ParseIssue> countTask(int line) {
        tasks++;
        if (tasks <= limits.maxTasks()) {
            return Optional.empty();
        }
        return Optional.of(ParseIssue.error(
                line, 1, IssueCode.TOO_MANY_TASKS, Integer.toString(limits.maxTasks()), Integer.toString(line)));
    }

    /** A count with thousands separators, as the messages print it (6,613). */
    private static String grouped(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}

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
                String.format(
                        Locale.ROOT,
                        "解析超过时限 %d 秒，已停止；请检查文件是否为一份工作要点 (parse time limit exceeded)",
                        limits.maxDuration().toSeconds())));
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
                String.format(
                        Locale.ROOT,
                        "第 %d 行的任务长 %,d 字，超过上限 %,d 字；请检查文件是否缺少换行或编号 (task too long)",
                        line,
                        chars,
                        limits.maxTaskChars())));
    }

    /** Counts one more task. @return an ERROR when it is one too many */
    Optional<ParseIssue> countTask(int line) {
        tasks++;
        if (tasks <= limits.maxTasks()) {
            return Optional.empty();
        }
        return Optional.of(ParseIssue.error(
                line,
                1,
                String.format(
                        Locale.ROOT,
                        "识别出超过 %d 项任务，已在第 %d 行停止；这不像一份工作要点，请检查文件 (too many tasks)",
                        limits.maxTasks(),
                        line)));
    }
}

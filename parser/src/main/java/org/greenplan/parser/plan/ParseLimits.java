package org.greenplan.parser.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep parsing an untrusted document bounded: whatever the input, the parser stops early
 * with an ERROR {@link ParseIssue} (so an import refuses the document) instead of running for minutes.
 *
 * @param maxTasks     most tasks a document may have (default 2,000: a work-points document has tens to a
 *                     few hundred); counted while the tasks are assembled, so a file of 80,000 numbered
 *                     lines stops at task 2,001
 * @param maxTaskChars most characters one task may have, text and unit clause included (default 5,000; the
 *                     longest task of the development corpus has about 900, and an Excel cell holds 32,767)
 * @param maxDuration  longest the parse may take (default 30 s, the document readers' read limit); checked
 *                     between stages and after every task
 */
public record ParseLimits(int maxTasks, int maxTaskChars, Duration maxDuration) {
    /** 2,000 tasks, 5,000 characters per task, 30 seconds. */
    public static final ParseLimits DEFAULTS = new ParseLimits(2000, 5000, Duration.ofSeconds(30));

    /**
     * @throws IllegalArgumentException when a limit is not positive
     */
    public ParseLimits {
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxTasks <= 0 || maxTaskChars <= 0 || maxDuration.isZero() || maxDuration.isNegative()) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }

    /** @return these limits with another task count */
    public ParseLimits withMaxTasks(int tasks) {
        return new ParseLimits(tasks, maxTaskChars, maxDuration);
    }

    /** @return these limits with another task length, in characters */
    public ParseLimits withMaxTaskChars(int chars) {
        return new ParseLimits(maxTasks, chars, maxDuration);
    }

    /** @return these limits with another time limit */
    public ParseLimits withMaxDuration(Duration duration) {
        return new ParseLimits(maxTasks, maxTaskChars, duration);
    }
}

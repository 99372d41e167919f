package org.greenplan.parser.plan;

import java.time.LocalDate;

/**
 * 完成时限 — a task's deadline as printed.
 *
 * @param date   the last day, e.g. 2022-06-30 for 6月底前; null when {@code open}
 * @param open   true for phrases with no end such as 持续推进 or 长期坚持
 * @param phrase the printed phrase, e.g. {@code 2022年6月底前}
 */
public record Deadline(LocalDate date, boolean open, String phrase) {

    public static Deadline by(LocalDate date, String phrase) {
        return new Deadline(date, false, phrase);
    }

    public static Deadline openEnded(String phrase) {
        return new Deadline(null, true, phrase);
    }
}

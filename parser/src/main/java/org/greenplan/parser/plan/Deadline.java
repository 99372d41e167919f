package org.greenplan.parser.plan;

import java.time.LocalDate;

/**
 * 完成时限 — a task's deadline as printed.
 *
 * <p>How phrases are read (the plan year fills in phrases without a year): see {@code DeadlineReader}.
 *
 * @param date   the last day, e.g. 2022-06-30 for 6月底前, 2022-09-30 for 三季度末; null when {@code open}
 * @param open   true for phrases with no end such as 持续推进, 长期坚持, 按进度推进, and for a start
 *               without an end such as 2023年起 (the task runs on from then)
 * @param phrase the printed phrase, e.g. {@code 2022年6月底前}; inside a unit bracket the whole segment,
 *               e.g. {@code 5月底取得明显成效并持续推进}
 */
public record Deadline(LocalDate date, boolean open, String phrase) {

    public static Deadline by(LocalDate date, String phrase) {
        return new Deadline(date, false, phrase);
    }

    public static Deadline openEnded(String phrase) {
        return new Deadline(null, true, phrase);
    }
}

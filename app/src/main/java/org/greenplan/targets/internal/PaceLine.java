package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.PaceBasis;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.ReportedValue;

/**
 * Where a target's pace (应达进度) starts and ends: the value at the start, the day it starts and the day the
 * goal is due.
 *
 * @param basis where the start comes from, or why there is none
 * @param start the value on {@code from} (the baseline, 0 for SUM, or the first reported value), or null
 * @param from  the day the pace starts: 1 January, or for {@link PaceBasis#FIRST_VALUE} the day of the first
 *              reported value
 * @param to    the day the goal is due: 31 December, or for {@link PaceBasis#FIRST_VALUE} the task's deadline
 *              when it has one
 */
record PaceLine(PaceBasis basis, BigDecimal start, LocalDate from, LocalDate to) {

    /**
     * In this order: the milestone table when chosen; none without a goal (NEEDS_BASELINE for a change
     * target, NO_LEVEL for direction and reference targets); the baseline (or 0 for SUM) when known; the
     * first counted value when there is one and it is dated before the deadline (FIRST_VALUE); GOAL_ONLY when
     * it is dated on or after it; else NEEDS_VALUE.
     *
     * @param counted  the values that count ({@link CountedValues}), sorted by period
     * @param deadline the task's deadline (完成时限), or null: the first-value pace then ends on 31 December
     */
    static PaceLine of(
            EvaluationSettings settings,
            Goal goal,
            boolean change,
            Aggregation aggregation,
            List<ReportedValue> counted,
            int planYear,
            LocalDate deadline) {
        LocalDate first = LocalDate.of(planYear, 1, 1);
        LocalDate last = LocalDate.of(planYear, 12, 31);
        BigDecimal start = Pace.start(aggregation, settings.baseline());
        if (settings.pacing() == Pacing.MILESTONES) {
            return new PaceLine(PaceBasis.MILESTONES, start, first, last);
        }
        if (goal == null) {
            return new PaceLine(change ? PaceBasis.NEEDS_BASELINE : PaceBasis.NO_LEVEL, null, first, last);
        }
        if (start != null) {
            return new PaceLine(
                    aggregation == Aggregation.SUM ? PaceBasis.ZERO : PaceBasis.BASELINE, start, first, last);
        }
        if (counted.isEmpty()) {
            return new PaceLine(PaceBasis.NEEDS_VALUE, null, first, deadline == null ? last : deadline);
        }
        ReportedValue earliest = counted.get(0);
        LocalDate from = dayOf(earliest.period());
        LocalDate to = deadline == null ? last : deadline;
        return from.isBefore(to)
                ? new PaceLine(PaceBasis.FIRST_VALUE, earliest.value(), from, to)
                : new PaceLine(PaceBasis.GOAL_ONLY, null, from, to);
    }

    /**
     * @return the day a reported value stands for: a month's report (period on the 1st) the month's last day,
     *         a value measured on a day that day
     */
    static LocalDate dayOf(LocalDate period) {
        return period.getDayOfMonth() == 1 ? YearMonth.from(period).atEndOfMonth() : period;
    }

    /** @return the day whose expected value is today's: {@code on}, or the start when the pace starts later */
    LocalDate today(LocalDate on) {
        return basis == PaceBasis.FIRST_VALUE && on.isBefore(from) ? from : on;
    }
}

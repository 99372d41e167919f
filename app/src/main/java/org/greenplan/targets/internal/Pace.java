package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Milestone;

/** The expected value of a target on a day of the plan year (应达进度); see {@link org.greenplan.targets.Pacing}. */
final class Pace {
    private static final int FRACTION_SCALE = 10;

    private Pace() {}

    /** @return where the year starts: 0 for a SUM target (it counts from nothing), else the baseline (may be null) */
    static BigDecimal start(Aggregation aggregation, BigDecimal baseline) {
        return aggregation == Aggregation.SUM ? BigDecimal.ZERO : baseline;
    }

    /**
     * @return the share of the year elapsed on {@code day}: 0 on or before 1 January, 1 on or after
     *         31 December, linear by calendar day in between (30 June 2022 → 180/364)
     */
    static BigDecimal elapsed(int year, LocalDate day) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (!day.isAfter(first)) {
            return BigDecimal.ZERO;
        }
        if (!day.isBefore(last)) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(first, day))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(first, last)), FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    /** Same as {@link #expected(EvaluationSettings, Goal, BigDecimal, LocalDate, int, LocalDate)} from 1 January. */
    static BigDecimal expected(EvaluationSettings settings, Goal goal, BigDecimal start, int year, LocalDate day) {
        return expected(settings, goal, start, LocalDate.of(year, 1, 1), year, day);
    }

    /** @return the share of the span from {@code first} to {@code last} elapsed on {@code day}, 0 to 1 */
    static BigDecimal elapsed(LocalDate first, LocalDate last, LocalDate day) {
        if (!day.isAfter(first)) {
            return BigDecimal.ZERO;
        }
        if (!day.isBefore(last)) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(first, day))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(first, last)), FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * @param settings the pacing and milestones
     * @param goal     the goal, or null
     * @param start    the value at {@code from}, or null when unknown
     * @param from     the day the pace starts: 1 January, or the period of the first reported value when
     *                 the pace starts from it
     * @param year     the plan year
     * @param day      the day
     * @return the expected value (4 decimals), or null when the pacing needs a goal and a start it lacks,
     *         or the day lies before {@code from} (after 1 January)
     */
    static BigDecimal expected(
            EvaluationSettings settings, Goal goal, BigDecimal start, LocalDate from, int year, LocalDate day) {
        if (settings.pacing() == org.greenplan.targets.Pacing.MILESTONES) {
            return milestone(settings.milestones(), day, start);
        }
        if (goal == null || start == null) {
            return null;
        }
        if (from.getDayOfYear() > 1 && day.isBefore(from)) {
            return null;
        }
        BigDecimal t = from.getDayOfYear() > 1 ? elapsed(from, LocalDate.of(year, 12, 31), day) : elapsed(year, day);
        BigDecimal share = settings.pacing() == org.greenplan.targets.Pacing.BACK_LOADED ? t.multiply(t) : t;
        return Decimals.round(start.add(goal.level().subtract(start).multiply(share)), Decimals.VALUE_SCALE);
    }

    private static BigDecimal milestone(List<Milestone> milestones, LocalDate day, BigDecimal start) {
        BigDecimal expected = start;
        for (Milestone m : milestones) {
            if (!m.date().isAfter(day)) {
                expected = m.value();
            }
        }
        return Decimals.plain(expected);
    }
}

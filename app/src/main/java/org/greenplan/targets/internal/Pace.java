package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Milestone;
import org.greenplan.targets.PaceBasis;
import org.greenplan.targets.Pacing;

/** The expected value of a target on a day (应达进度); see {@link org.greenplan.targets.Pacing} and {@link PaceLine}. */
final class Pace {
    private static final int FRACTION_SCALE = 10;

    private Pace() {}

    /** @return where the year starts: 0 for a SUM target (it counts from nothing), else the baseline (may be null) */
    static BigDecimal start(Aggregation aggregation, BigDecimal baseline) {
        return aggregation == Aggregation.SUM ? BigDecimal.ZERO : baseline;
    }

    /**
     * @return the share of the span from {@code first} to {@code last} elapsed on {@code day}: 0 on or before
     *         {@code first}, 1 on or after {@code last}, linear by calendar day in between (1 January to 30 June
     *         2022 of the year → 180/364)
     */
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
     * @param line     where the pace starts and ends
     * @param day      the day
     * @return the expected value (4 decimals): start + (goal − start) × t (LINEAR) or × t² (BACK_LOADED), t the
     *         share of the line elapsed; the goal itself throughout when a first reported value already meets
     *         it (nothing to catch up, only to hold); null when the pacing needs a goal and a start it lacks, or
     *         the day lies before a line that starts after 1 January (no expected value before the first report)
     */
    static BigDecimal expected(EvaluationSettings settings, Goal goal, PaceLine line, LocalDate day) {
        if (settings.pacing() == Pacing.MILESTONES) {
            return milestone(settings.milestones(), day, line.start());
        }
        if (goal == null || line.start() == null) {
            return null;
        }
        if (line.from().getDayOfYear() > 1 && day.isBefore(line.from())) {
            return null;
        }
        if (line.basis() == PaceBasis.FIRST_VALUE && !behind(line.start(), goal)) {
            return Decimals.plain(goal.level());
        }
        BigDecimal t = elapsed(line.from(), line.to(), day);
        BigDecimal share = settings.pacing() == Pacing.BACK_LOADED ? t.multiply(t) : t;
        BigDecimal start = line.start();
        return Decimals.round(start.add(goal.level().subtract(start).multiply(share)), Decimals.VALUE_SCALE);
    }

    /** @return true when {@code value} has still some way to go towards the goal */
    private static boolean behind(BigDecimal value, Goal goal) {
        int c = value.compareTo(goal.level());
        return goal.lowerIsBetter() ? c > 0 : c < 0;
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

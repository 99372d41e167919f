package org.greenplan.targets;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How one target is evaluated (评价设置), set by the office per target. Immutable; a target without
 * stored settings uses {@link #defaults()}.
 *
 * @param baseline    the level at the start of the plan year (基数, usually last year's value) in the
 *                    target's level unit ({@link TargetTerms#levelUnit()}), or null when unknown. Needed
 *                    by INCREASE_BY / DECREASE_BY and direction targets; the start of the pace otherwise
 * @param aggregation how reported values combine, or null for {@link Aggregation#defaultFor automatic}
 * @param pacing      how the expected value moves over the year; null is read as LINEAR
 * @param milestones  the milestone table for {@link Pacing#MILESTONES}, sorted by date on construction;
 *                    null is read as empty
 * @param tolerance   how far behind the expected value still counts as YELLOW, as a share of the planned
 *                    change (0.10 = 10 % of goal − start; see {@code StatusRule}); null is read as
 *                    {@link #DEFAULT_TOLERANCE}
 * @throws IllegalArgumentException when the tolerance is outside 0..1, the pacing is MILESTONES without a
 *                                  milestone, or two milestones share a date
 */
public record EvaluationSettings(
        BigDecimal baseline, Aggregation aggregation, Pacing pacing, List<Milestone> milestones, BigDecimal tolerance) {
    /** 10 % of the planned change. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");

    public EvaluationSettings {
        pacing = pacing == null ? Pacing.LINEAR : pacing;
        milestones = milestones == null
                ? List.of()
                : milestones.stream()
                        .sorted(Comparator.comparing(Milestone::date))
                        .toList();
        tolerance = tolerance == null ? DEFAULT_TOLERANCE : tolerance;
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("tolerance must be within 0..1: " + tolerance);
        }
        if (pacing == Pacing.MILESTONES && milestones.isEmpty()) {
            throw new IllegalArgumentException("MILESTONES pacing needs at least one milestone");
        }
        if (milestones.stream().map(Milestone::date).distinct().count() != milestones.size()) {
            throw new IllegalArgumentException("two milestones share a date");
        }
    }

    /** @return no baseline, automatic aggregation, LINEAR pacing, no milestones, 10 % tolerance */
    public static EvaluationSettings defaults() {
        return new EvaluationSettings(null, null, Pacing.LINEAR, List.of(), DEFAULT_TOLERANCE);
    }

    /** @return the chosen aggregation, or the default for {@code terms} when none was chosen */
    public Aggregation aggregationFor(TargetTerms terms) {
        return aggregation != null ? aggregation : Aggregation.defaultFor(terms);
    }
}

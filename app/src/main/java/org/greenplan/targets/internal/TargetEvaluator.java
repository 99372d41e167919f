package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.PaceBasis;
import org.greenplan.targets.ReportedValue;
import org.greenplan.targets.TargetTerms;

/**
 * Evaluates one target: pure, no Spring, no database. The rules live in {@link Goal} (what the target
 * aims at), {@link AttainmentRule} (met?), {@link Situation#progress()} (how far), {@link Pace} (where it
 * should be) and {@link StatusRule} (the traffic light).
 */
public final class TargetEvaluator {
    private TargetEvaluator() {}

    /**
     * @param terms    the target
     * @param settings its evaluation settings
     * @param planYear the year the pace runs over (1 January to 31 December)
     * @param values   every value entered, any order; only those of {@code planYear} up to {@code on}
     *                 count, and per period only the latest entered
     * @param on       the evaluation date
     * @return the evaluation; never throws for odd combinations (they are NOT_YET_EVALUABLE)
     */
    public static EvaluationOutcome evaluate(
            TargetTerms terms, EvaluationSettings settings, int planYear, List<ReportedValue> values, LocalDate on) {
        Aggregation aggregation = settings.aggregationFor(terms);
        List<ReportedValue> counted = CountedValues.of(values, planYear, on);
        BigDecimal actual =
                aggregation.aggregate(counted.stream().map(ReportedValue::value).toList());
        BigDecimal baseline = settings.baseline();
        Goal goal = Goal.of(terms, baseline).orElse(null);
        BigDecimal start = Pace.start(aggregation, baseline);
        PaceBasis basis = basis(terms, settings, goal, start, aggregation, counted);
        LocalDate from = LocalDate.of(planYear, 1, 1);
        Function<LocalDate, BigDecimal> pace = day -> Pace.expected(settings, goal, start, planYear, day);
        Attainment attainment = AttainmentRule.judge(terms, goal, baseline, actual);
        Situation situation = new Situation(goal, baseline, start, actual, pace.apply(on), attainment);
        return new EvaluationOutcome(
                on,
                aggregation,
                actual,
                goal == null ? null : goal.level(),
                situation.progress(),
                situation.expected(),
                attainment,
                StatusRule.judge(situation, settings.tolerance()),
                MonthlySeries.of(planYear, counted, aggregation, pace),
                basis,
                from);
    }

    /**
     * The pace's basis: milestones when chosen; none without a goal (NEEDS_BASELINE for a change target,
     * NO_LEVEL for direction and reference targets); the baseline (or 0 for SUM) when known; else
     * GOAL_ONLY (a "≥ 92 %" rate without a baseline: the light compares with the goal itself).
     */
    private static PaceBasis basis(
            TargetTerms terms,
            EvaluationSettings settings,
            Goal goal,
            BigDecimal start,
            Aggregation aggregation,
            List<ReportedValue> counted) {
        if (settings.pacing() == org.greenplan.targets.Pacing.MILESTONES) {
            return PaceBasis.MILESTONES;
        }
        if (goal == null) {
            return terms.isChange() ? PaceBasis.NEEDS_BASELINE : PaceBasis.NO_LEVEL;
        }
        if (start != null) {
            return aggregation == Aggregation.SUM ? PaceBasis.ZERO : PaceBasis.BASELINE;
        }
        return PaceBasis.GOAL_ONLY;
    }
}

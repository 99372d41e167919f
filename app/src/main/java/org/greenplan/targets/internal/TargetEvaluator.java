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
 * aims at), {@link AttainmentRule} (met?), {@link Situation#progress()} (how far), {@link PaceLine} (where
 * the pace starts and ends), {@link Pace} (where it should be) and {@link StatusRule} (the traffic light).
 */
public final class TargetEvaluator {
    private TargetEvaluator() {}

    /**
     * Same as {@link #evaluate(TargetTerms, EvaluationSettings, int, LocalDate, List, LocalDate)} for a task
     * without a deadline.
     */
    public static EvaluationOutcome evaluate(
            TargetTerms terms, EvaluationSettings settings, int planYear, List<ReportedValue> values, LocalDate on) {
        return evaluate(terms, settings, planYear, null, values, on);
    }

    /**
     * @param terms    the target
     * @param settings its evaluation settings
     * @param planYear the year the pace runs over (1 January to 31 December)
     * @param deadline the task's deadline (完成时限), or null: a pace from the first reported value (no
     *                 baseline, see {@link PaceBasis#FIRST_VALUE}) reaches the goal there, else on 31 December
     * @param values   every value entered, any order; only those of {@code planYear} up to {@code on}
     *                 count, and per period only the latest entered
     * @param on       the evaluation date
     * @return the evaluation; never throws for odd combinations (they are NOT_YET_EVALUABLE)
     */
    public static EvaluationOutcome evaluate(
            TargetTerms terms,
            EvaluationSettings settings,
            int planYear,
            LocalDate deadline,
            List<ReportedValue> values,
            LocalDate on) {
        Aggregation aggregation = settings.aggregationFor(terms);
        List<ReportedValue> counted = CountedValues.of(values, planYear, on);
        BigDecimal actual =
                aggregation.aggregate(counted.stream().map(ReportedValue::value).toList());
        BigDecimal baseline = settings.baseline();
        Goal goal = Goal.of(terms, baseline).orElse(null);
        PaceLine line = PaceLine.of(settings, goal, terms.isChange(), aggregation, counted, planYear, deadline);
        Function<LocalDate, BigDecimal> pace = day -> Pace.expected(settings, goal, line, day);
        Attainment attainment = AttainmentRule.judge(terms, goal, baseline, actual);
        Situation situation = new Situation(
                goal,
                baseline,
                Pace.start(aggregation, baseline),
                line.start(),
                actual,
                pace.apply(line.today(on)),
                attainment);
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
                line.basis(),
                line.from(),
                line.start() == null ? null : Decimals.plain(line.start()),
                line.to());
    }
}

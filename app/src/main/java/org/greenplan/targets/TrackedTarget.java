package org.greenplan.targets;

import java.util.List;
import org.greenplan.plan.view.TargetView;

/**
 * A stored target with its settings, reported values and evaluation.
 *
 * @param target     the target as the plan stores it
 * @param planYear   the year its pace runs over (the plan's year)
 * @param settings   its evaluation settings (defaults when none were saved)
 * @param values     every value entered, by period then entry time (history included)
 * @param evaluation its evaluation on the requested date
 */
public record TrackedTarget(
        TargetView target,
        int planYear,
        EvaluationSettings settings,
        List<ReportedValue> values,
        EvaluationOutcome evaluation) {

    public TrackedTarget {
        values = List.copyOf(values);
    }

    /** @return the target's id */
    public long id() {
        return target.id();
    }

    /**
     * Whether the goal is not met yet while the plan year still runs: the goal is due at the year's end, so
     * a value below it mid-year is "not met yet" (尚未达到目标), not a failure (未达标). The task page and the
     * ledger word it alike.
     *
     * @return true when the attainment is NOT_MET and the evaluation date lies before 31 December of the
     *         plan year
     */
    public boolean attainmentPending() {
        return evaluation.attainment() == Attainment.NOT_MET
                && evaluation.on().isBefore(java.time.LocalDate.of(planYear, 12, 31));
    }

    /** @return the target's terms, for the parser and the evaluator */
    public TargetTerms terms() {
        return TargetTerms.of(target);
    }
}

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

    /** @return the target's terms, for the parser and the evaluator */
    public TargetTerms terms() {
        return TargetTerms.of(target);
    }
}

package org.greenplan.targets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.TargetView;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.TargetTerms;
import org.greenplan.targets.TrackedTarget;
import org.greenplan.targets.internal.TargetEvaluator;

/** A stored-looking target of 2022 for the form tests: 秸秆综合利用率 ≥ 92 %. */
final class Targets {
    private Targets() {}

    static TrackedTarget straw() {
        TargetView view = new TargetView(
                1, "秸秆综合利用率", Comparison.AT_LEAST, new BigDecimal("92"), null, "%", "秸秆综合利用率达92%以上", 0, 12);
        EvaluationSettings settings = EvaluationSettings.defaults();
        EvaluationOutcome evaluation =
                TargetEvaluator.evaluate(TargetTerms.of(view), settings, 2022, List.of(), LocalDate.of(2022, 6, 30));
        return new TrackedTarget(view, 2022, settings, List.of(), evaluation);
    }
}

package org.greenplan.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.dashboard.DashboardData.IndicatorCard;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.MonthPoint;
import org.greenplan.targets.TrackedTarget;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * One card per target of the tasks a filter lets through: the current approved value against the goal
 * and the value the pace expects on the date, with the months of the plan year (a month without an
 * approved value is a gap).
 */
@Component
class IndicatorCards {
    private final Labels labels;

    IndicatorCards(Labels labels) {
        this.labels = labels;
    }

    List<IndicatorCard> of(Scope scope, TaskSelection all) {
        List<IndicatorCard> cards = new ArrayList<>();
        for (SelectedRow row : scope.select(all)) {
            SupervisedTask task = row.task();
            // supervision evaluated the targets on the scope's date already, with the whole plan in one read
            for (TrackedTarget t : task.targets()) {
                cards.add(card(scope.plan().id(), task, t));
            }
        }
        return cards;
    }

    private IndicatorCard card(long planId, SupervisedTask task, TrackedTarget t) {
        EvaluationOutcome e = t.evaluation();
        List<MonthPoint> months = e.months();
        return new IndicatorCard(
                task.taskId(),
                task.number(),
                t.target().indicator(),
                t.target().display(labels.source(), LocaleContextHolder.getLocale()),
                t.terms().levelUnit(),
                plain(e.actual()),
                plain(e.goal()),
                plain(e.expected()),
                e.status().name(),
                labels.text("target.status." + e.status().name()),
                months.stream().map(m -> m.month().toString()).toList(),
                months.stream().map(m -> plain(m.reported())).toList(),
                months.stream().map(m -> plain(m.expected())).toList(),
                "/plans/" + planId + "/tasks/" + task.taskId());
    }

    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal rounded = v.setScale(Math.min(v.scale(), 2), java.math.RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().scale() < 0 ? rounded.setScale(0) : rounded.stripTrailingZeros();
    }
}

package org.greenplan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.greenplan.plan.view.TaskView;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TargetTracking;
import org.greenplan.targets.TrackedTarget;
import org.springframework.stereotype.Component;

/**
 * The ledger's 进展情况 and 状态 for a task, from its targets' reported values evaluated today: the
 * latest value of each target, and the worst traffic light among targets that have values.
 */
@Component
class TaskProgress {
    private final TargetTracking tracking;
    private final Clock clock;

    TaskProgress(TargetTracking tracking, Clock clock) {
        this.tracking = tracking;
        this.clock = clock;
    }

    /**
     * @param progress 进展情况, e.g. {@code 秸秆综合利用率：当前 92%}; empty when nothing was reported
     * @param status   红灯 / 黄灯 / 绿灯, or 未报送
     */
    record Reading(String progress, String status) {}

    Reading of(TaskView task, Integer planYear) {
        if (task.targets().isEmpty()) {
            return new Reading("", Ledger.NOT_REPORTED);
        }
        List<TrackedTarget> reported = tracking.evaluateTask(task, planYear, LocalDate.now(clock)).stream()
                .filter(t -> t.evaluation().actual() != null)
                .toList();
        if (reported.isEmpty()) {
            return new Reading("", Ledger.NOT_REPORTED);
        }
        String progress =
                String.join("\n", reported.stream().map(TaskProgress::describe).toList());
        TargetStatus worst = reported.stream()
                .map(t -> t.evaluation().status())
                .filter(s -> s != TargetStatus.NOT_EVALUABLE)
                .max(Comparator.comparingInt(TaskProgress::severity))
                .orElse(TargetStatus.NOT_EVALUABLE);
        return new Reading(progress, light(worst));
    }

    private static String describe(TrackedTarget target) {
        // Values are levels: a 个百分点 target is reported as a rate in %, so the level unit is shown.
        String unit = target.terms().levelUnit() == null ? "" : target.terms().levelUnit();
        return target.target().indicator() + "：当前 "
                + target.evaluation().actual().stripTrailingZeros().toPlainString() + unit;
    }

    private static int severity(TargetStatus status) {
        return switch (status) {
            case RED -> 3;
            case YELLOW -> 2;
            case GREEN -> 1;
            default -> 0;
        };
    }

    private static String light(TargetStatus status) {
        return switch (status) {
            case RED -> "红灯";
            case YELLOW -> "黄灯";
            case GREEN -> "绿灯";
            default -> "已报送";
        };
    }
}

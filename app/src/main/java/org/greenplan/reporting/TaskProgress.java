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

    private final org.springframework.context.MessageSource messages;

    TaskProgress(TargetTracking tracking, Clock clock, org.springframework.context.MessageSource messages) {
        this.tracking = tracking;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * @param progress 进展情况, e.g. {@code 2022年6月：秸秆综合利用率 当前 92%}; empty when nothing was reported
     * @param status   红灯 / 黄灯 / 绿灯, or 未报送
     * @param light    the status for the cell's colour
     */
    record Reading(String progress, String status, LedgerRow.Light light) {}

    private static final Reading NOTHING = new Reading("", Ledger.NOT_REPORTED, LedgerRow.Light.NOT_REPORTED);

    Reading of(TaskView task, Integer planYear) {
        if (task.targets().isEmpty()) {
            return NOTHING;
        }
        List<TrackedTarget> reported = tracking.evaluateTask(task, planYear, LocalDate.now(clock)).stream()
                .filter(t -> t.evaluation().actual() != null)
                .toList();
        if (reported.isEmpty()) {
            return NOTHING;
        }
        String progress =
                String.join("\n", reported.stream().map(this::describe).toList());
        TargetStatus worst = reported.stream()
                .map(t -> t.evaluation().status())
                .filter(s -> s != TargetStatus.NOT_EVALUABLE)
                .max(Comparator.comparingInt(TaskProgress::severity))
                .orElse(TargetStatus.NOT_EVALUABLE);
        return new Reading(progress, light(worst), colour(worst));
    }

    /** @return {@code 2022年6月：秸秆综合利用率 当前 93%}: the latest counted period, the indicator, the value */
    private String describe(TrackedTarget target) {
        // Values are levels: a 个百分点 target is reported as a rate in %, so the level unit is shown.
        String unit = target.terms().levelUnit() == null ? "" : target.terms().levelUnit();
        java.time.LocalDate period = target.values().stream()
                .filter(v -> !v.withdrawn() && v.period().getYear() == target.planYear())
                .map(org.greenplan.targets.ReportedValue::period)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        return messages.getMessage(
                "ledger.progress.value",
                new Object[] {
                    String.valueOf(period.getYear()),
                    String.valueOf(period.getMonthValue()),
                    target.target().indicator(),
                    target.evaluation().actual().stripTrailingZeros().toPlainString() + unit
                },
                Ledger.LOCALE);
    }

    private static LedgerRow.Light colour(TargetStatus status) {
        return switch (status) {
            case RED -> LedgerRow.Light.RED;
            case YELLOW -> LedgerRow.Light.YELLOW;
            case GREEN -> LedgerRow.Light.GREEN;
            default -> LedgerRow.Light.REPORTED;
        };
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

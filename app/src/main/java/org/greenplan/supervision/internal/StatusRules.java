package org.greenplan.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.supervision.StatusReason;
import org.greenplan.supervision.TaskClosure;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TrackedTarget;

/**
 * The status rules, pure Java. Each rule that applies gives a {@link StatusReason}; the task's status
 * is that of the worst one ({@link #statusOf}). In order:
 * <ol>
 *   <li>{@code CLOSED_OUT} / {@code CANCELLED}: the office closed out (销号) or cancelled the task → 已完成 /
 *       已取消; no other rule is looked at ({@link #closed}).</li>
 *   <li>{@code COMPLETED_REPORTED}: an approved report gives completion 100 %; {@code TARGETS_MET}: every
 *       target is met on approved values → 绿, shown as awaiting close-out, and no later rule is looked at.
 *       A task is 已完成 only after the office has verified it (销号, {@code CLOSED_OUT} above), as 督办
 *       practice asks: a unit's own figure of 100 % is a reason to request close-out, not the close-out.</li>
 *   <li>{@code DEADLINE_PASSED}: the task's deadline is before the date and it is not completed → 红.</li>
 *   <li>{@code TARGET_RED} / {@code TARGET_YELLOW}: a target's light (see
 *       {@code targets::TargetStatus}) → 红 / 黄, with the indicator, its value and the expected value.</li>
 *   <li>otherwise {@code ON_TRACK} → 绿.</li>
 * </ol>
 */
public final class StatusRules {

    private StatusRules() {}

    /**
     * @param task     the task
     * @param targets  its targets evaluated on {@code on} (approved values only)
     * @param approved its units' latest approved reports of periods ending on or before {@code on}
     * @param on       the date
     * @return the reasons that apply, worst first; never empty
     */
    public static List<StatusReason> reasons(
            TaskView task, List<TrackedTarget> targets, List<ApprovedProgress.Approved> approved, LocalDate on) {
        List<StatusReason> reasons = new ArrayList<>();
        boolean reportedComplete = approved.stream().anyMatch(a -> Objects.equals(a.completion(), 100));
        boolean targetsMet = !targets.isEmpty()
                && targets.stream().allMatch(t -> t.evaluation().attainment() == Attainment.MET);
        if (reportedComplete) {
            reasons.add(StatusReason.of("COMPLETED_REPORTED"));
        } else if (targetsMet) {
            reasons.add(StatusReason.of("TARGETS_MET"));
        }
        if (reasons.isEmpty()) {
            if (task.deadline() != null && on.isAfter(task.deadline())) {
                reasons.add(StatusReason.of("DEADLINE_PASSED", task.deadline().toString()));
            }
            for (TrackedTarget t : targets) {
                TargetStatus light = t.evaluation().status();
                if (light == TargetStatus.RED || light == TargetStatus.YELLOW) {
                    reasons.add(StatusReason.of(
                            "TARGET_" + light.name(),
                            t.target().indicator(),
                            plain(t.evaluation().actual()) + t.target().unit(),
                            plain(t.evaluation().expected()) + t.target().unit()));
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(StatusReason.of("ON_TRACK"));
        }
        reasons.sort(Comparator.comparingInt(r -> severity(statusOf(r))));
        return reasons;
    }

    /** @return the reason of an office closure: {@code CLOSED_OUT} or {@code CANCELLED} with date and reason */
    public static StatusReason closed(TaskClosure closure) {
        return StatusReason.of(
                closure.status() == TaskStatus.CANCELLED ? "CANCELLED" : "CLOSED_OUT",
                closure.reason(),
                closure.on().toString());
    }

    /** @return the status of the worst reason */
    public static TaskStatus statusOf(List<StatusReason> reasons) {
        return reasons.stream()
                .map(StatusRules::statusOf)
                .min(Comparator.comparingInt(StatusRules::severity))
                .orElse(TaskStatus.GREEN);
    }

    /** @return the status a single rule gives */
    public static TaskStatus statusOf(StatusReason reason) {
        return switch (reason.code()) {
            case "CLOSED_OUT" -> TaskStatus.COMPLETED;
            case "DEADLINE_PASSED", "TARGET_RED", "REPORT_MISSING" -> TaskStatus.RED;
            case "TARGET_YELLOW", "REPORT_LATE" -> TaskStatus.YELLOW;
            case "NO_UPDATE" -> TaskStatus.STAGNANT;
            case "CANCELLED" -> TaskStatus.CANCELLED;
            default -> TaskStatus.GREEN;
        };
    }

    /** 0 is worst: cancelled and completed end the task, then red, stagnant, yellow, green. */
    private static int severity(TaskStatus status) {
        return switch (status) {
            case CANCELLED -> 0;
            case COMPLETED -> 1;
            case RED -> 2;
            case STAGNANT -> 3;
            case YELLOW -> 4;
            case GREEN -> 5;
        };
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}

package org.greenplan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TargetTracking;
import org.greenplan.targets.TrackedTarget;
import org.springframework.stereotype.Component;

/**
 * The ledger's 进展情况 and 状态 for a task. Where units have approved progress reports
 * ({@link ApprovedProgress}), the reading comes from them: each unit's latest approved text with its
 * period and completion %, the targets' current values with their attainment, and a work status
 * (进行中 / 已完成). Where nothing is approved yet, a submission awaiting the office shows only as
 * 已报送待审核; target values without any approved report (history kept from before reports existed)
 * read as before: the latest value of each target and the worst traffic light.
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

    /**
     * @param task     the task
     * @param planYear the plan's year, or null
     * @param reports  the task's approved and pending reports ({@link ApprovedProgress.TaskReports#NONE})
     */
    Reading of(TaskView task, Integer planYear, ApprovedProgress.TaskReports reports) {
        List<TrackedTarget> reported = task.targets().isEmpty()
                ? List.of()
                : tracking.evaluateTask(task, planYear, LocalDate.now(clock)).stream()
                        .filter(t -> t.evaluation().actual() != null)
                        .toList();
        if (!reports.approved().isEmpty()) {
            return reports(task, reported, reports);
        }
        if (reported.isEmpty()) {
            return reports.pending().isEmpty()
                    ? NOTHING
                    : new Reading("", text("ledger.status.pending"), LedgerRow.Light.PENDING);
        }
        return history(reported);
    }

    /** Values without any approved report: the latest value of each target and the worst light. */
    private Reading history(List<TrackedTarget> reported) {
        String progress =
                String.join("\n", reported.stream().map(this::describe).toList());
        TargetStatus worst = reported.stream()
                .map(t -> t.evaluation().status())
                .filter(s -> s != TargetStatus.NOT_EVALUABLE)
                .max(Comparator.comparingInt(TaskProgress::severity))
                .orElse(TargetStatus.NOT_EVALUABLE);
        return new Reading(progress, light(worst), colour(worst));
    }

    private Reading reports(TaskView task, List<TrackedTarget> reported, ApprovedProgress.TaskReports reports) {
        List<String> lines = new ArrayList<>();
        reported.forEach(t -> lines.add(describe(t) + attainment(t)));
        List<ApprovedProgress.Approved> approved = UnitOrder.leadFirst(task, reports.approved());
        approved.forEach(a -> lines.add(narrative(task, a)));
        Integer completion = approved.stream()
                .map(ApprovedProgress.Approved::completion)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        boolean targetsMet = !task.targets().isEmpty()
                && reported.size() == task.targets().size()
                && reported.stream().allMatch(t -> t.evaluation().attainment() == Attainment.MET);
        boolean done = targetsMet || Integer.valueOf(100).equals(completion);
        String status = done
                ? text("ledger.status.done")
                : completion == null
                        ? text("ledger.status.inProgress")
                        : messages.getMessage(
                                "ledger.status.inProgressPercent", new Object[] {completion}, Ledger.LOCALE);
        if (UnitOrder.newerPending(approved, reports.pending())) {
            status = status + "\n" + text("ledger.status.newerPending");
        }
        return new Reading(String.join("\n", lines), status, done ? LedgerRow.Light.GREEN : inProgress(reported));
    }

    /** @return 市农业农村局（2022年6月）：完成 60%。已完成… */
    private String narrative(TaskView task, ApprovedProgress.Approved report) {
        String completion = report.completion() == null
                ? ""
                : messages.getMessage("ledger.progress.completion", new Object[] {report.completion()}, Ledger.LOCALE);
        return messages.getMessage(
                "ledger.progress.report",
                new Object[] {UnitOrder.name(task, report.unitId()), report.periodLabel(), completion, report.progress()
                },
                Ledger.LOCALE);
    }

    /** @return （未达标，完成进度 95.1%） beside a value */
    private String attainment(TrackedTarget target) {
        EvaluationOutcome outcome = target.evaluation();
        String label = text("target.attainment." + outcome.attainment().name());
        return outcome.progressPercent() == null
                ? messages.getMessage("ledger.progress.attainment", new Object[] {label}, Ledger.LOCALE)
                : messages.getMessage(
                        "ledger.progress.attainmentPercent",
                        new Object[] {label, outcome.progressPercent().toPlainString()},
                        Ledger.LOCALE);
    }

    /** In progress: the worst light among the targets, or plain "reported" when there is none. */
    private static LedgerRow.Light inProgress(List<TrackedTarget> reported) {
        TargetStatus worst = reported.stream()
                .map(t -> t.evaluation().status())
                .filter(s -> s != TargetStatus.NOT_EVALUABLE)
                .max(Comparator.comparingInt(TaskProgress::severity))
                .orElse(TargetStatus.NOT_EVALUABLE);
        return colour(worst);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Ledger.LOCALE);
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

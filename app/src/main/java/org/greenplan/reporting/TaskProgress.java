package org.greenplan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.TrackedTarget;
import org.springframework.stereotype.Component;

/**
 * The ledger's 进展情况 for a task: the targets' current values (approved values only) with their
 * attainment, then each unit's latest approved progress text with its period and completion %, lead
 * unit first ({@link ApprovedProgress}). A submission awaiting the office never shows its content.
 * Target values kept from before progress reports existed show as values without attainment. The
 * 状态 column is not computed here: it is the task's supervision status ({@code supervision::Supervision}).
 */
@Component
class TaskProgress {
    private final org.springframework.context.MessageSource messages;

    TaskProgress(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param progress 进展情况, e.g. {@code 2022年6月：秸秆综合利用率 当前 92%}; empty when nothing was reported
     * @param reported whether some target of the task has a value on the date
     */
    record Reading(String progress, boolean reported) {}

    /**
     * @param task    the task
     * @param targets its targets evaluated on the date (as supervision evaluated them for its status)
     * @param reports the task's approved and pending reports ({@link ApprovedProgress.TaskReports#NONE})
     * @param on      the date the values are evaluated on
     */
    Reading of(TaskView task, List<TrackedTarget> targets, ApprovedProgress.TaskReports reports, LocalDate on) {
        List<TrackedTarget> reported =
                targets.stream().filter(t -> t.evaluation().actual() != null).toList();
        List<ApprovedProgress.Approved> approved = reports.approved().stream()
                .filter(a -> !a.periodEnd().isAfter(on))
                .toList();
        List<String> lines = new ArrayList<>();
        if (approved.isEmpty()) {
            reported.forEach(t -> lines.add(describe(t)));
        } else {
            reported.forEach(t -> lines.add(describe(t) + attainment(t)));
            UnitOrder.leadFirst(task, approved).forEach(a -> lines.add(narrative(task, a)));
        }
        return new Reading(String.join("\n", lines), !reported.isEmpty());
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

    /**
     * @return （未达标，目标完成进度 95.1%） beside a value; （尚未达到目标，…） while the plan year runs, as on the
     *         task page ({@link TrackedTarget#attainmentPending()})
     */
    private String attainment(TrackedTarget target) {
        EvaluationOutcome outcome = target.evaluation();
        String label = target.attainmentPending()
                ? text("ledger.progress.notMetYet")
                : text("target.attainment." + outcome.attainment().name());
        return outcome.progressPercent() == null
                ? messages.getMessage("ledger.progress.attainment", new Object[] {label}, Ledger.LOCALE)
                : messages.getMessage(
                        "ledger.progress.attainmentPercent",
                        new Object[] {label, outcome.progressPercent().toPlainString()},
                        Ledger.LOCALE);
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
}

package org.greenplan.plan;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.greenplan.plan.view.TaskView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 完成时限 — a task's deadline as every page and export shows it, in one place: as printed; 长期 for an
 * open-ended task; and for a task of a 年度工作要点 (a plan for one year, its title naming 工作要点) that prints
 * none, 31 December of the plan year marked as implied ({@code 2022-12-31（年度要点，按年底推定）}), as the
 * ledger has shown it since its first version.
 */
@Component
public class DeadlineLabels {
    private static final String WORK_POINTS = "工作要点";

    private final MessageSource messages;

    DeadlineLabels(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param plan   the task's plan (its year and title decide whether a year's end is implied)
     * @param task   the task
     * @param locale the reader's language
     * @return the printed deadline, 长期, the implied year's end with its mark, or "" when none applies
     */
    public String of(PlanSummary plan, TaskView task, Locale locale) {
        if (task.openEnded()) {
            return messages.getMessage("task.deadline.open", null, locale);
        }
        String printed = task.deadlineLabel();
        if (!printed.isEmpty()) {
            return printed;
        }
        return implied(plan, task)
                .map(d -> messages.getMessage("ledger.deadline.implied", new Object[] {d.toString()}, locale))
                .orElse("");
    }

    /**
     * @return 31 December of the plan year for a task of a 年度工作要点 that prints no deadline (and is not
     *     open-ended); empty otherwise
     */
    public static Optional<LocalDate> implied(PlanSummary plan, TaskView task) {
        boolean annual =
                plan.planYear() != null && plan.title() != null && plan.title().contains(WORK_POINTS);
        if (!annual || task.openEnded() || !task.deadlineLabel().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(plan.planYear(), 12, 31));
    }
}

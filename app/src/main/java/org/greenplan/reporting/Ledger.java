package org.greenplan.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.HeadingChains;
import org.greenplan.plan.view.HeadingView;
import org.greenplan.plan.view.TaskView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * 台账 — the ledger of a plan: one row per task, built from {@link PlanCatalog} so that it shows the
 * same numbers as the pages, with 进展情况 and 状态 from the latest approved progress reports
 * ({@link org.greenplan.progress.ApprovedProgress}; see {@link TaskProgress}).
 */
@Service
public class Ledger {
    /** Status of a task none of whose targets has a reported value yet. */
    static final String NOT_REPORTED = "未报送";
    /** The ledger is the office's document: written in Chinese whatever the browser's language. */
    static final java.util.Locale LOCALE = java.util.Locale.SIMPLIFIED_CHINESE;

    private static final String WORK_POINTS = "工作要点";

    private final PlanCatalog catalog;
    private final TaskProgress progress;
    private final MessageSource messages;
    private final org.greenplan.progress.ApprovedProgress reports;

    /** The ledger follows the office's Chinese 台账 format whatever the reader's language. */
    private static final Locale LEDGER_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    Ledger(
            PlanCatalog catalog,
            TaskProgress progress,
            MessageSource messages,
            org.greenplan.progress.ApprovedProgress reports) {
        this.catalog = catalog;
        this.reports = reports;
        this.progress = progress;
        this.messages = messages;
    }

    /**
     * @param planId plan id
     * @param unitId when not null, only the tasks naming this unit (本单位任务)
     * @return rows in document order; empty when the plan has no tasks or does not exist
     */
    public List<LedgerRow> rows(long planId, Long unitId) {
        HeadingChains headings = new HeadingChains(catalog.headings(planId));
        java.util.Optional<org.greenplan.plan.PlanSummary> plan = catalog.plan(planId);
        Integer planYear = plan.map(org.greenplan.plan.PlanSummary::planYear).orElse(null);
        boolean annualWorkPoints = planYear != null
                && plan.map(p -> p.title().contains(WORK_POINTS)).orElse(false);
        java.util.Map<Long, org.greenplan.progress.ApprovedProgress.TaskReports> reported = reports.ofPlan(planId);
        List<LedgerRow> rows = new ArrayList<>();
        for (TaskView task : catalog.tasks(planId, unitId)) {
            List<HeadingView> chain = headings.chain(task.nodeId());
            TaskProgress.Reading reading = progress.of(
                    task,
                    planYear,
                    reported.getOrDefault(task.id(), org.greenplan.progress.ApprovedProgress.TaskReports.NONE));
            rows.add(new LedgerRow(
                    rows.size() + 1,
                    task.number(),
                    label(chain, 0),
                    label(chain, 1),
                    task.text(),
                    leadUnits(task),
                    task.otherUnitNames(),
                    task.targets().stream()
                            .map(t -> t.display(messages, LEDGER_LANGUAGE))
                            .toList(),
                    deadline(task, annualWorkPoints ? planYear : null),
                    reading.progress(),
                    reading.status(),
                    reading.light()));
        }
        return rows;
    }

    /**
     * 牵头单位: the marked lead units; where the document marks none, the first responsible unit with a
     * note that the document names no lead (the common convention: the first listed leads).
     */
    private List<String> leadUnits(TaskView task) {
        if (!task.leadUnitNames().isEmpty() || task.otherUnitNames().isEmpty()) {
            return task.leadUnitNames();
        }
        return List.of(messages.getMessage(
                "ledger.lead.firstListed", new Object[] {task.otherUnitNames().get(0)}, LOCALE));
    }

    /**
     * 完成时限: as printed; for a 年度工作要点 (a plan for one year) whose task prints none, 31 December of the
     * plan year marked as implied.
     */
    private String deadline(TaskView task, Integer annualYear) {
        String printed = deadline(task);
        if (!printed.isEmpty() || annualYear == null) {
            return printed;
        }
        return messages.getMessage(
                "ledger.deadline.implied",
                new Object[] {java.time.LocalDate.of(annualYear, 12, 31).toString()},
                LOCALE);
    }

    private static String label(List<HeadingView> chain, int index) {
        if (index >= chain.size()) {
            return "";
        }
        return chain.get(index).label();
    }

    private String deadline(TaskView task) {
        return task.openEnded()
                ? messages.getMessage("task.deadline.open", null, LEDGER_LANGUAGE)
                : task.deadlineLabel();
    }
}

package org.greenplan.reporting;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.HeadingChains;
import org.greenplan.plan.view.HeadingView;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;
import org.springframework.stereotype.Service;

/**
 * 台账 — the ledger of a plan: one row per task, built from {@link PlanCatalog} so that it shows the
 * same numbers as the pages.
 */
@Service
public class Ledger {
    /** Status of a task none of whose targets has a reported value yet. */
    static final String NOT_REPORTED = "未报送";

    private final PlanCatalog catalog;
    private final TaskProgress progress;

    Ledger(PlanCatalog catalog, TaskProgress progress) {
        this.catalog = catalog;
        this.progress = progress;
    }

    /**
     * @param planId plan id
     * @param unitId when not null, only the tasks naming this unit (本单位任务)
     * @return rows in document order; empty when the plan has no tasks or does not exist
     */
    public List<LedgerRow> rows(long planId, Long unitId) {
        HeadingChains headings = new HeadingChains(catalog.headings(planId));
        Integer planYear = catalog.plan(planId)
                .map(org.greenplan.plan.PlanSummary::planYear)
                .orElse(null);
        List<LedgerRow> rows = new ArrayList<>();
        for (TaskView task : catalog.tasks(planId, unitId)) {
            List<HeadingView> chain = headings.chain(task.nodeId());
            TaskProgress.Reading reading = progress.of(task, planYear);
            rows.add(new LedgerRow(
                    rows.size() + 1,
                    task.number(),
                    label(chain, 0),
                    label(chain, 1),
                    task.text(),
                    task.leadUnitNames(),
                    task.otherUnitNames(),
                    task.targets().stream().map(TargetView::display).toList(),
                    task.deadlineLabel(),
                    reading.progress(),
                    reading.status()));
        }
        return rows;
    }

    private static String label(List<HeadingView> chain, int index) {
        if (index >= chain.size()) {
            return "";
        }
        return chain.get(index).label();
    }
}

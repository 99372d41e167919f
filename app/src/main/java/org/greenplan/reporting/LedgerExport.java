package org.greenplan.reporting;

import java.util.NoSuchElementException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.springframework.stereotype.Service;

/** Exports a plan's ledger (台账) as an Excel workbook. */
@Service
public class LedgerExport {
    private final Ledger ledger;
    private final PlanCatalog catalog;

    LedgerExport(Ledger ledger, PlanCatalog catalog) {
        this.ledger = ledger;
        this.catalog = catalog;
    }

    /**
     * @param planId plan id
     * @param unitId when not null, only that unit's tasks
     * @return the .xlsx bytes: title row, header row (序号 … 状态), one row per task
     * @throws NoSuchElementException when there is no such plan
     */
    public byte[] xlsx(long planId, Long unitId) {
        PlanSummary plan = catalog.plan(planId)
                .orElseThrow(() -> new NoSuchElementException("没有编号为 " + planId + " 的计划"));
        return LedgerWorkbook.write(plan.title(), ledger.rows(planId, unitId));
    }

    /** @return a file name for the plan's ledger, e.g. 宿州市…工作要点-台账.xlsx */
    public String fileName(long planId) {
        return catalog.plan(planId).map(p -> p.title() + "-台账.xlsx").orElse("ledger.xlsx");
    }
}

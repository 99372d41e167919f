package org.greenplan.reporting;

import java.util.NoSuchElementException;
import org.greenplan.plan.NotFoundException;
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
     * A ledger workbook ready to save.
     *
     * @param fileName e.g. 宿州市…工作要点-台账.xlsx
     * @param content  the .xlsx bytes: title row, header row (序号 … 状态), one row per task
     */
    public record LedgerFile(String fileName, byte[] content) {}

    /**
     * @param planId plan id
     * @param unitId when not null, only that unit's tasks
     * @return the workbook and its file name
     * @throws NoSuchElementException when there is no such plan
     */
    public LedgerFile export(long planId, Long unitId) {
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        return new LedgerFile(
                plan.title() + "-台账.xlsx", LedgerWorkbook.write(plan.title(), ledger.rows(planId, unitId)));
    }
}

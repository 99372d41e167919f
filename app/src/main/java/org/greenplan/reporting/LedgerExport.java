package org.greenplan.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.supervision.Supervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a plan's ledger (台账) as an Excel workbook or as CSV, each row written as it is made ({@link
 * Ledger#rows(long, Long, LocalDate, java.util.function.Consumer)}, {@link LedgerSheets}, {@link LedgerCsv}):
 * a province-sized plan is read a chunk of tasks at a time, never held whole. One repeatable-read transaction,
 * so every chunk reads the same state of the plan.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class LedgerExport {
    private final Ledger ledger;
    private final PlanCatalog catalog;
    private final Supervision supervision;

    LedgerExport(Ledger ledger, PlanCatalog catalog, Supervision supervision) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.supervision = supervision;
    }

    /**
     * A ledger file ready to save.
     *
     * @param fileName e.g. 宿州市…工作要点-台账.xlsx
     * @param content  the file's bytes
     */
    public record LedgerFile(String fileName, byte[] content) {}

    /**
     * The ledger on the plan's reading date ({@code Supervision.asOf}), one flat sheet.
     *
     * @param planId plan id
     * @param unitId when not null, only that unit's tasks
     * @return the workbook and its file name
     * @throws NotFoundException when there is no such plan
     */
    public LedgerFile export(long planId, Long unitId) {
        return export(planId, unitId, LedgerOptions.DEFAULT, null);
    }

    /**
     * @param planId  plan id
     * @param unitId  when not null, only that unit's tasks
     * @param options sheets and merged categories
     * @param on      the date statuses and values hold on, or null for the plan's reading date ({@code Supervision.asOf})
     * @return the .xlsx: per sheet a title row, a header row (序号 … 状态) and one row per task
     * @throws NotFoundException when there is no such plan
     */
    public LedgerFile export(long planId, Long unitId, LedgerOptions options, LocalDate on) {
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LedgerSheets sheets = new LedgerSheets(plan.title(), options)) {
            ledger.rows(planId, unitId, day(planId, on), sheets::add);
            sheets.writeTo(out);
        }
        return new LedgerFile(plan.title() + "-台账.xlsx", out.toByteArray());
    }

    /**
     * @param planId  plan id
     * @param unitId  when not null, only that unit's tasks
     * @param charset UTF-8 (with a byte-order mark) or GBK
     * @param on      the date statuses and values hold on, or null for the plan's reading date
     * @return the CSV: a header row and one record per task, the workbook's texts ({@link LedgerCsv})
     * @throws NotFoundException when there is no such plan
     */
    public LedgerFile csv(long planId, Long unitId, Charset charset, LocalDate on) {
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerCsv.Records records = LedgerCsv.start(charset, out);
        ledger.rows(planId, unitId, day(planId, on), records::add);
        records.finish();
        return new LedgerFile(plan.title() + "-台账.csv", out.toByteArray());
    }

    private LocalDate day(long planId, LocalDate on) {
        return on == null ? supervision.asOf(planId) : on;
    }
}

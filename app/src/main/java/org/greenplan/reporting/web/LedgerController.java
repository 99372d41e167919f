package org.greenplan.reporting.web;

import org.greenplan.reporting.LedgerExport;
import org.greenplan.shared.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads a plan's ledger (台账) as .xlsx, optionally one unit's tasks only. */
@Controller
class LedgerController {

    private final LedgerExport export;

    LedgerController(LedgerExport export) {
        this.export = export;
    }

    @GetMapping("/plans/{planId}/ledger.xlsx")
    ResponseEntity<byte[]> downloadLedger(@PathVariable long planId, @RequestParam(required = false) Long unit) {
        LedgerExport.LedgerFile ledger = export.export(planId, unit);
        return Downloads.attachment(ledger.fileName(), Downloads.XLSX).body(ledger.content());
    }
}

package org.greenplan.reporting.web;

import java.nio.charset.StandardCharsets;
import org.greenplan.reporting.LedgerExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads a plan's ledger (台账) as .xlsx, optionally one unit's tasks only. */
@Controller
class LedgerController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LedgerExport export;

    LedgerController(LedgerExport export) {
        this.export = export;
    }

    @GetMapping("/plans/{planId}/ledger.xlsx")
    ResponseEntity<byte[]> downloadLedger(@PathVariable long planId, @RequestParam(required = false) Long unit) {
        LedgerExport.LedgerFile ledger = export.export(planId, unit);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(ledger.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(ledger.content());
    }
}

package org.greenplan.reporting.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.greenplan.reporting.LedgerExport;
import org.greenplan.reporting.LedgerOptions;
import org.greenplan.shared.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads a plan's ledger (台账), optionally one unit's tasks only ({@code unit}) and on another day
 * ({@code on=YYYY-MM-DD}): as .xlsx ({@code layout=flat|sections}, {@code merge=true} for merged category
 * cells) or as CSV ({@code encoding=utf-8|gbk}, UTF-8 with a byte-order mark by default). An unknown
 * layout or encoding is refused with 400.
 */
@Controller
class LedgerController {
    private static final Charset GBK = Charset.forName("GBK");

    private final LedgerExport export;

    LedgerController(LedgerExport export) {
        this.export = export;
    }

    @GetMapping("/plans/{planId}/ledger.xlsx")
    ResponseEntity<byte[]> downloadLedger(
            @PathVariable long planId,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "flat") String layout,
            @RequestParam(defaultValue = "false") boolean merge,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LedgerOptions options = new LedgerOptions(layout(layout), merge);
        return file(export.export(planId, unit, options, on), Downloads.XLSX);
    }

    @GetMapping("/plans/{planId}/ledger.csv")
    ResponseEntity<byte[]> downloadCsv(
            @PathVariable long planId,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "utf-8") String encoding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        Charset charset = charset(encoding);
        return file(export.csv(planId, unit, charset, on), new MediaType("text", "csv", charset));
    }

    private static ResponseEntity<byte[]> file(LedgerExport.LedgerFile ledger, MediaType type) {
        return Downloads.attachment(ledger.fileName(), type).body(ledger.content());
    }

    private static LedgerOptions.Layout layout(String layout) {
        return switch (layout.toLowerCase(Locale.ROOT)) {
            case "flat" -> LedgerOptions.Layout.FLAT;
            case "sections" -> LedgerOptions.Layout.BY_SECTION;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "layout must be flat or sections");
        };
    }

    private static Charset charset(String encoding) {
        return switch (encoding.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gbk" -> GBK;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "encoding must be utf-8 or gbk");
        };
    }
}

package org.greenplan.assessment.web;

import java.nio.charset.StandardCharsets;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.assessment.AssessmentExport;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads a round's scores with their breakdown as .xlsx, for the office and leaders. */
@Controller
class ScoresDownload {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AssessmentExport export;
    private final CurrentActor currentActor;

    ScoresDownload(AssessmentExport export, CurrentActor currentActor) {
        this.export = export;
        this.currentActor = currentActor;
    }

    @GetMapping({"/office/assessments/{roundId}/scores.xlsx", "/leader/assessments/{roundId}/scores.xlsx"})
    ResponseEntity<byte[]> downloadScores(@PathVariable long roundId) {
        AssessmentExport.ExportFile file =
                export.export(currentActor.require(), roundId, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(file.content());
    }
}

package org.greenplan.assessment.web;

import org.greenplan.accounts.CurrentActor;
import org.greenplan.assessment.AssessmentExport;
import org.greenplan.shared.Downloads;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads a round's scores with their breakdown as .xlsx, for the office and leaders. */
@Controller
class ScoresDownload {

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
        return Downloads.attachment(file.fileName(), Downloads.XLSX).body(file.content());
    }
}

package org.greenplan.briefing.web;

import java.util.List;
import org.greenplan.briefing.BriefingFormat;
import org.greenplan.briefing.BriefingSummary;
import org.greenplan.briefing.Briefings;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /leader/briefings}: leaders (and the office) read the stored briefings and download them. */
@Controller
class LeaderBriefingController {
    private final Briefings briefings;
    private final PlanCatalog catalog;

    LeaderBriefingController(Briefings briefings, PlanCatalog catalog) {
        this.briefings = briefings;
        this.catalog = catalog;
    }

    @GetMapping("/leader/briefings")
    String showBriefings(@RequestParam(required = false) Long plan, Model model) {
        List<PlanSummary> plans =
                catalog.plans().stream().filter(PlanSummary::published).toList();
        model.addAttribute("plans", plans);
        model.addAttribute("planId", plan);
        model.addAttribute("briefings", catalog.visibleOnly(briefings.list(plan), BriefingSummary::planId));
        return "briefing/leader";
    }

    @GetMapping("/leader/briefings/{briefingId}.docx")
    ResponseEntity<byte[]> downloadWord(@PathVariable long briefingId) {
        return BriefingFiles.download(briefings.file(briefingId, BriefingFormat.DOCX));
    }

    @GetMapping("/leader/briefings/{briefingId}.pdf")
    ResponseEntity<byte[]> downloadPdf(@PathVariable long briefingId) {
        return BriefingFiles.download(briefings.file(briefingId, BriefingFormat.PDF));
    }
}

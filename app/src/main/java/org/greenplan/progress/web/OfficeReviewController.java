package org.greenplan.progress.web;

import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportAttachments;
import org.greenplan.progress.ReportProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's review of one report: read it with its history and co-units' parts, approve or return it. */
@Controller
class OfficeReviewController {
    private final ReportPages pages;
    private final ProgressReports reports;
    private final ReportAttachments attachments;
    private final CurrentActor currentActor;
    private final ReportMessages messages;

    OfficeReviewController(
            ReportPages pages,
            ProgressReports reports,
            ReportAttachments attachments,
            CurrentActor currentActor,
            ReportMessages messages) {
        this.pages = pages;
        this.reports = reports;
        this.attachments = attachments;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("maxMegabytes")
    long maxMegabytes() {
        return attachments.maxBytes() / (1024 * 1024);
    }

    @GetMapping("/office/reports/{reportId}")
    String showReview(@PathVariable long reportId, Model model) {
        model.addAttribute("page", pages.show(currentActor.require(), reportId, null, null));
        return "progress/review";
    }

    @PostMapping("/office/reports/{reportId}/approval")
    String processApproval(@PathVariable long reportId, @RequestParam int rowVersion, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return decide(reportId, flash, () -> reports.approve(actor, reportId, rowVersion), "progress.notice.approved");
    }

    @PostMapping("/office/reports/{reportId}/return")
    String processReturn(
            @PathVariable long reportId,
            @RequestParam int rowVersion,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return decide(
                reportId,
                flash,
                () -> reports.returnForRevision(actor, reportId, rowVersion, reason),
                "progress.notice.returned");
    }

    @GetMapping("/office/reports/attachments/{attachmentId}")
    ResponseEntity<?> downloadAttachment(@PathVariable long attachmentId) {
        return attachments.open(currentActor.require(), attachmentId).asHttpDownload();
    }

    private String decide(long reportId, RedirectAttributes flash, Runnable action, String noticeKey) {
        try {
            action.run();
            flash.addFlashAttribute("notice", messages.text(noticeKey));
        } catch (ReportProblem e) {
            flash.addFlashAttribute("error", messages.text(e));
        } catch (PeriodLockedException e) {
            flash.addFlashAttribute("error", messages.locked(e));
        }
        return "redirect:/office/reports/" + reportId;
    }
}

package org.greenplan.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportAttachments;
import org.greenplan.progress.ReportKey;
import org.greenplan.progress.ReportProblem;
import org.greenplan.shared.PeriodNames;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's report form for one task and period (the unit is the signed-in user's, or the unit an
 * office admin acts as). Saving and submitting answer htmx with the sheet fragment; a plain form post that
 * succeeded is redirected to the report (Post/Redirect/Get, so reloading the page does not post again), one that
 * was refused shows the whole page with the input as typed and the reason.
 */
@Controller
class MyReportController {
    private static final String PAGE = "progress/report";
    private static final String SHEET = "progress/report :: sheet";

    private final ReportPages pages;
    private final ProgressReports reports;
    private final ReportAttachments attachments;
    private final CurrentActor currentActor;
    private final ReportMessages messages;
    private final PeriodNames periodNames;

    MyReportController(
            ReportPages pages,
            ProgressReports reports,
            ReportAttachments attachments,
            CurrentActor currentActor,
            ReportMessages messages,
            PeriodNames periodNames) {
        this.pages = pages;
        this.reports = reports;
        this.attachments = attachments;
        this.currentActor = currentActor;
        this.messages = messages;
        this.periodNames = periodNames;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("maxMegabytes")
    long maxMegabytes() {
        return attachments.maxBytes() / (1024 * 1024);
    }

    @GetMapping("/my/reports/periods/{periodId}/tasks/{taskId}")
    String showReport(@PathVariable long periodId, @PathVariable long taskId, Model model) {
        Actor actor = currentActor.require();
        // the notice of a plain post redirected here is shown where the form shows it, once, not by the layout too
        Object notice = model.asMap().remove("notice");
        show(pages.show(actor, key(actor, periodId, taskId), notice == null ? null : notice.toString()), model);
        return PAGE;
    }

    @PostMapping("/my/reports/periods/{periodId}/tasks/{taskId}/draft")
    String processDraft(
            @PathVariable long periodId,
            @PathVariable long taskId,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return answer(pages.save(actor, key(actor, periodId, taskId), ReportForm.of(params)), request, model, flash);
    }

    @PostMapping("/my/reports/periods/{periodId}/tasks/{taskId}/submission")
    String processSubmission(
            @PathVariable long periodId,
            @PathVariable long taskId,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return answer(pages.submit(actor, key(actor, periodId, taskId), ReportForm.of(params)), request, model, flash);
    }

    @PostMapping("/my/reports/{reportId}/unit-approval")
    String processUnitApproval(@PathVariable long reportId, @RequestParam int rowVersion, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return decide(
                reportId,
                flash,
                () -> reports.approveForUnit(actor, reportId, rowVersion),
                "progress.notice.unitApproved");
    }

    @PostMapping("/my/reports/{reportId}/unit-approval/withdrawal")
    String processUnitApprovalWithdrawal(
            @PathVariable long reportId, @RequestParam int rowVersion, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return decide(
                reportId,
                flash,
                () -> reports.withdrawUnitApproval(actor, reportId, rowVersion),
                "progress.notice.unitApprovalWithdrawn");
    }

    @PostMapping("/my/reports/{reportId}/attachments")
    String processAttachment(
            @PathVariable long reportId, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        Actor actor = currentActor.require();
        var report = reports.show(actor, reportId).report();
        try (InputStream in = file.getInputStream()) {
            attachments.attach(actor, reportId, file.getOriginalFilename(), in);
            flash.addFlashAttribute("notice", messages.text("progress.notice.attached", file.getOriginalFilename()));
        } catch (ReportProblem e) {
            flash.addFlashAttribute("error", messages.text(e));
        } catch (PeriodLockedException e) {
            flash.addFlashAttribute("error", messages.locked(e));
        }
        return redirectTo(report.key());
    }

    @PostMapping("/my/reports/attachments/{attachmentId}/removal")
    String processAttachmentRemoval(
            @PathVariable long attachmentId, @RequestParam long reportId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var report = reports.show(actor, reportId).report();
        try {
            attachments.remove(actor, attachmentId);
        } catch (ReportProblem e) {
            flash.addFlashAttribute("error", messages.text(e));
        } catch (PeriodLockedException e) {
            flash.addFlashAttribute("error", messages.locked(e));
        }
        return redirectTo(report.key());
    }

    @GetMapping("/my/reports/attachments/{attachmentId}")
    ResponseEntity<?> downloadAttachment(@PathVariable long attachmentId) {
        return attachments.open(currentActor.require(), attachmentId).asHttpDownload();
    }

    private String decide(long reportId, RedirectAttributes flash, Runnable action, String noticeKey) {
        Actor actor = currentActor.require();
        var report = reports.show(actor, reportId).report();
        try {
            action.run();
            flash.addFlashAttribute("notice", messages.text(noticeKey));
        } catch (ReportProblem e) {
            flash.addFlashAttribute("error", messages.text(e));
        } catch (PeriodLockedException e) {
            flash.addFlashAttribute("error", messages.locked(e));
        }
        return redirectTo(report.key());
    }

    private static String redirectTo(ReportKey key) {
        return "redirect:/my/reports/periods/" + key.periodId() + "/tasks/" + key.taskId();
    }

    /**
     * htmx gets the sheet either way; a plain post is redirected when it succeeded and shown as the page with what
     * was typed when it was refused (a redirect would reload the stored text and lose it).
     */
    private String answer(ReportPage page, HttpServletRequest request, Model model, RedirectAttributes flash) {
        if (request.getHeader("HX-Request") == null && page.error() == null) {
            flash.addFlashAttribute("notice", page.notice());
            return redirectTo(page.sheet().report().key());
        }
        show(page, model);
        return request.getHeader("HX-Request") != null ? SHEET : PAGE;
    }

    private void show(ReportPage page, Model model) {
        model.addAttribute("page", page);
        // the browser tab's title is a fragment parameter, where templates may not call beans
        model.addAttribute("periodName", periodNames.of(page.sheet().period().label()));
    }

    /** The report of the actor's own unit; an office admin not acting as a unit has none. */
    private static ReportKey key(Actor actor, long periodId, long taskId) {
        if (actor.unitId() == null) {
            throw new AccessDeniedException(actor.username() + " speaks for no unit");
        }
        return new ReportKey(taskId, actor.unitId(), periodId);
    }
}

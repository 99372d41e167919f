package org.greenplan.closeout.web;

import org.greenplan.closeout.ChangeRequest;
import org.greenplan.closeout.CloseoutQueries;
import org.greenplan.closeout.Closeouts;
import org.greenplan.plan.PlanCatalog;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's side: {@code /office/closeouts} is the queue of pending close-out, cancellation and
 * adjustment requests with approve and refuse (send back) actions, and the latest decisions; the office
 * files a cancellation or adjustment itself at {@code /office/tasks/{taskId}/changes}. Leaders read the
 * same queue at {@code /leader/closeouts}, without actions.
 */
@Controller
class OfficeCloseoutController {
    private final Closeouts closeouts;
    private final CloseoutQueries queries;
    private final CloseoutFlash flash;
    private final PlanCatalog catalog;

    OfficeCloseoutController(Closeouts closeouts, CloseoutQueries queries, CloseoutFlash flash, PlanCatalog catalog) {
        this.catalog = catalog;
        this.closeouts = closeouts;
        this.queries = queries;
        this.flash = flash;
    }

    @GetMapping("/office/closeouts")
    String showQueue(Model model) {
        return queue(model, true);
    }

    @GetMapping("/leader/closeouts")
    String showLeaderQueue(Model model) {
        return queue(model, false);
    }

    @PostMapping("/office/closeouts/{requestId}/approve")
    String processApprove(
            @PathVariable long requestId,
            @RequestParam int version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        flash.run(redirect, "closeout.notice.approved", () -> {
            closeouts.approve(requestId, version, note);
            return requestId;
        });
        return "redirect:/office/closeouts";
    }

    @PostMapping("/office/closeouts/{requestId}/refuse")
    String processRefuse(
            @PathVariable long requestId,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        flash.run(redirect, "closeout.notice.refused", () -> {
            closeouts.refuse(requestId, version, reason);
            return requestId;
        });
        return "redirect:/office/closeouts";
    }

    @GetMapping("/office/tasks/{taskId}/changes")
    String showOfficeChangeForm(@PathVariable long taskId, Model model) {
        model.addAttribute("taskCase", queries.taskCase(taskId));
        model.addAttribute("page", "office");
        return "closeout/task";
    }

    @PostMapping("/office/tasks/{taskId}/changes")
    String processOfficeChange(@PathVariable long taskId, ChangeForm form, RedirectAttributes redirect) {
        queries.taskCase(taskId);
        if (!flash.run(
                redirect,
                "closeout.notice.requested",
                () -> closeouts.requestChange(taskId, form.kind(), form.reason(), form.amendment()))) {
            // refused (a value that is no number, a stale request): the form comes back as it was typed
            redirect.addFlashAttribute("change", form);
        }
        return "redirect:/office/tasks/" + taskId + "/changes";
    }

    @GetMapping({"/office/closeouts/evidence/{evidenceId}", "/leader/closeouts/evidence/{evidenceId}"})
    ResponseEntity<InputStreamResource> downloadEvidence(@PathVariable long evidenceId) {
        return queries.download(evidenceId);
    }

    private String queue(Model model, boolean office) {
        model.addAttribute("pending", catalog.visibleOnly(queries.pending(), ChangeRequest::planId));
        model.addAttribute("decided", catalog.visibleOnly(queries.recentlyDecided(), ChangeRequest::planId));
        model.addAttribute("office", office);
        return "closeout/queue";
    }
}

package org.greenplan.closeout.web;

import java.util.List;
import org.greenplan.closeout.CloseoutQueries;
import org.greenplan.closeout.Closeouts;
import org.greenplan.closeout.EvidenceUpload;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's side: {@code /my/closeouts} lists its tasks and requests; on
 * {@code /my/tasks/{taskId}/closeout} the lead unit asks for 销号 with a statement and evidence, on
 * {@code /my/tasks/{taskId}/changes} for a cancellation or an adjustment. Another unit's task answers 403,
 * a task that does not exist 404.
 */
@Controller
class UnitCloseoutController {
    private final Closeouts closeouts;
    private final CloseoutQueries queries;
    private final CloseoutFlash flash;

    UnitCloseoutController(Closeouts closeouts, CloseoutQueries queries, CloseoutFlash flash) {
        this.closeouts = closeouts;
        this.queries = queries;
        this.flash = flash;
    }

    @GetMapping("/my/closeouts")
    String showOwn(Model model) {
        model.addAttribute("plans", queries.ownTasks());
        model.addAttribute("requests", queries.ofOwnUnit());
        return "closeout/mine";
    }

    @GetMapping("/my/tasks/{taskId}/closeout")
    String showCloseoutForm(@PathVariable long taskId, Model model) {
        model.addAttribute("taskCase", queries.taskCase(taskId));
        model.addAttribute("page", "closeout");
        return "closeout/task";
    }

    @PostMapping("/my/tasks/{taskId}/closeout")
    String processCloseout(
            @PathVariable long taskId,
            @RequestParam(required = false) String statement,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        List<EvidenceUpload> uploads = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> !f.isEmpty())
                        .map(f -> new EvidenceUpload(f.getOriginalFilename(), f))
                        .toList();
        queries.taskCase(taskId);
        if (!flash.run(
                redirect, "closeout.notice.requested", () -> closeouts.requestCloseout(taskId, statement, uploads))) {
            // a refused file or a stale request: the statement as typed comes back in the form (files cannot)
            redirect.addFlashAttribute("statement", statement);
        }
        return "redirect:/my/tasks/" + taskId + "/closeout";
    }

    @GetMapping("/my/tasks/{taskId}/changes")
    String showChangeForm(@PathVariable long taskId, Model model) {
        model.addAttribute("taskCase", queries.taskCase(taskId));
        model.addAttribute("page", "changes");
        return "closeout/task";
    }

    @PostMapping("/my/tasks/{taskId}/changes")
    String processChange(@PathVariable long taskId, ChangeForm form, RedirectAttributes redirect) {
        queries.taskCase(taskId);
        if (!flash.run(
                redirect,
                "closeout.notice.requested",
                () -> closeouts.requestChange(taskId, form.kind(), form.reason(), form.amendment()))) {
            // refused (a value that is no number, a stale request): the form comes back as it was typed
            redirect.addFlashAttribute("change", form);
        }
        return "redirect:/my/tasks/" + taskId + "/changes";
    }

    @GetMapping("/my/closeouts/evidence/{evidenceId}")
    ResponseEntity<InputStreamResource> downloadEvidence(@PathVariable long evidenceId) {
        return queries.download(evidenceId);
    }
}

package org.greenplan.audit.web;

import java.time.LocalDate;
import org.greenplan.audit.AuditLog;
import org.greenplan.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's audit trail page ({@code GET /office/audit}, filtered by user, task, entity and date
 * range, newest first, paged) and a task's history as a fragment the task page loads
 * ({@code GET /office/audit/task/{taskId}}). Read only: nothing here changes the trail.
 */
@Controller
class AuditController {
    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/office/audit")
    String showTrail(
            @RequestParam(required = false) Long user,
            @RequestParam(required = false) Long task,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) Long entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditQuery query =
                new AuditQuery(user, task, entity, entityId, from, to, Math.max(page, 0), AuditQuery.DEFAULT_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("trail", log.find(query));
        model.addAttribute("actors", log.actors());
        model.addAttribute("entities", log.entities());
        return "audit/trail";
    }

    @GetMapping("/office/audit/task/{taskId}")
    String showTaskHistory(@PathVariable long taskId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("taskId", taskId);
        model.addAttribute("trail", log.find(AuditQuery.ofTask(taskId).page(Math.max(page, 0))));
        return "audit/task-history :: history";
    }
}

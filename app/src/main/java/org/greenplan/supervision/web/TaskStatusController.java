package org.greenplan.supervision.web;

import java.time.LocalDate;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.plan.NotFoundException;
import org.greenplan.supervision.StatusReason;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.supervision.internal.StatusRules;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /plans/{planId}/tasks/{taskId}/status[?on=YYYY-MM-DD]}: the task's status with every rule
 * that applied, worst first, as a fragment the task page loads with htmx (the plan module cannot depend
 * on supervision). Readable by whoever reads plan pages (the office and leaders).
 */
@Controller
class TaskStatusController {
    private final Supervision supervision;
    private final CurrentActor currentActor;

    TaskStatusController(Supervision supervision, CurrentActor currentActor) {
        this.supervision = supervision;
        this.currentActor = currentActor;
    }

    @GetMapping("/plans/{planId}/tasks/{taskId}/status")
    String showStatus(
            @PathVariable long planId,
            @PathVariable long taskId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        LocalDate day = on == null ? supervision.asOf(planId) : on;
        SupervisedTask task =
                supervision.ofTask(planId, taskId, day).orElseThrow(() -> new NotFoundException("error.notFound.task"));
        model.addAttribute("supervised", task);
        model.addAttribute(
                "reasons",
                task.reasons().stream()
                        .map(r -> new ReasonRow(r, StatusRules.statusOf(r)))
                        .toList());
        model.addAttribute("on", day);
        model.addAttribute("onGiven", on != null);
        model.addAttribute("office", currentActor.find().map(Actor::isOffice).orElse(false));
        return "supervision/status :: status";
    }

    /** One rule that applied, with the status it gives on its own. */
    record ReasonRow(StatusReason reason, TaskStatus status) {}
}

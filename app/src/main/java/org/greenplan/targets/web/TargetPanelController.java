package org.greenplan.targets.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The targets panel of a task page, an htmx fragment: loaded by the task page, swapped whole after each
 * form post. {@code ?on=yyyy-MM-dd} evaluates on another day than today. Form errors come back with
 * status 200 so that htmx swaps them in.
 */
@Controller
class TargetPanelController {
    private static final String PANEL = "targets/panel :: panel";
    private final TargetPanels panels;

    TargetPanelController(TargetPanels panels) {
        this.panels = panels;
    }

    @GetMapping("/plans/{planId}/tasks/{taskId}/targets")
    String showPanel(
            @PathVariable long planId,
            @PathVariable long taskId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        model.addAttribute("panel", panels.show(planId, taskId, on));
        return PANEL;
    }

    @PostMapping("/plans/{planId}/tasks/{taskId}/targets/{targetId}/values")
    String processValueForm(
            @PathVariable long planId,
            @PathVariable long taskId,
            @PathVariable long targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @ModelAttribute ValueForm form,
            Model model) {
        model.addAttribute("panel", panels.recordValue(planId, taskId, targetId, on, form));
        return PANEL;
    }

    @PostMapping("/plans/{planId}/tasks/{taskId}/targets/{targetId}/values/{period}/correction")
    String processCorrection(
            @PathVariable long planId,
            @PathVariable long taskId,
            @PathVariable long targetId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String reason,
            Model model) {
        model.addAttribute("panel", panels.correctValue(planId, taskId, targetId, on, period, value, reason));
        return PANEL;
    }

    @PostMapping("/plans/{planId}/tasks/{taskId}/targets/{targetId}/values/{period}/withdrawal")
    String processWithdrawal(
            @PathVariable long planId,
            @PathVariable long taskId,
            @PathVariable long targetId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String reason,
            Model model) {
        model.addAttribute("panel", panels.withdrawValue(planId, taskId, targetId, on, period, reason));
        return PANEL;
    }

    @PostMapping("/plans/{planId}/tasks/{taskId}/targets/{targetId}/settings")
    String processSettingsForm(
            @PathVariable long planId,
            @PathVariable long taskId,
            @PathVariable long targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @ModelAttribute SettingsForm form,
            Model model) {
        model.addAttribute("panel", panels.saveSettings(planId, taskId, targetId, on, form));
        return PANEL;
    }
}

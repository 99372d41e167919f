package org.greenplan.plan.web;

import java.util.List;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.HeadingChains;
import org.greenplan.plan.view.OutlineEntry;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.TextSegment;
import org.greenplan.shared.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The plan list, a plan's outline (all tasks or one unit's), a task page and the original file. */
@Controller
class PlanController {
    private final PlanCatalog catalog;

    PlanController(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String showPlans(Model model) {
        model.addAttribute("plans", catalog.plans());
        model.addAttribute("withdrawnPlans", catalog.withdrawnPlans());
        return "home";
    }

    @GetMapping("/plans/{planId}")
    String showOutline(@PathVariable long planId, @RequestParam(required = false) Long unit, Model model) {
        addOutline(planId, unit, model);
        model.addAttribute("units", catalog.units(planId));
        model.addAttribute("auditTrail", catalog.auditTrail(planId));
        return "plan/outline";
    }

    @GetMapping("/plans/{planId}/tasks/{taskId}")
    String showTask(
            @PathVariable long planId,
            @PathVariable long taskId,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate on,
            Model model) {
        model.addAttribute("on", on);
        PlanSummary plan = plan(planId);
        TaskView task = catalog.task(planId, taskId).orElseThrow(() -> new NotFoundException("error.notFound.task"));
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("headings", new HeadingChains(catalog.headings(planId)).chain(task.nodeId()));
        List<int[]> phrases = task.targets().stream()
                .map(t -> new int[] {t.spanStart(), t.spanEnd()})
                .toList();
        model.addAttribute("segments", TextSegment.split(task.text(), phrases));
        return "plan/task";
    }

    @GetMapping("/plans/{planId}/source")
    ResponseEntity<byte[]> downloadSource(@PathVariable long planId) {
        PlanCatalog.StoredFile file = catalog.sourceFile(planId).orElseThrow(() -> NotFoundException.plan(planId));
        return Downloads.attachment(file.fileName(), MediaType.APPLICATION_OCTET_STREAM)
                .body(file.content());
    }

    private void addOutline(long planId, Long unit, Model model) {
        model.addAttribute("plan", plan(planId));
        List<OutlineEntry> outline = catalog.outline(planId, unit);
        model.addAttribute("outline", outline);
        model.addAttribute("selectedUnit", unit);
        model.addAttribute(
                "taskCount", outline.stream().filter(OutlineEntry::isTask).count());
    }

    private PlanSummary plan(long planId) {
        return catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
    }
}

package org.greenplan.periods.web;

import java.time.LocalDate;
import org.greenplan.periods.ExtensionRequests;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.PlanCatalog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 延期申请: a unit files at {@code /my/plans/{planId}/extensions}; the office decides at
 * {@code /office/plans/{planId}/extensions} (grant with a new date, the original kept, or refuse with a reason).
 */
@Controller
class ExtensionController {
    private final ExtensionRequests requests;
    private final ReportingPeriods periods;
    private final PlanCatalog plans;
    private final PeriodPages pages;
    private final Outcomes outcomes;
    private final UnitPlans unitPlans;

    ExtensionController(
            ExtensionRequests requests,
            ReportingPeriods periods,
            PlanCatalog plans,
            PeriodPages pages,
            Outcomes outcomes,
            UnitPlans unitPlans) {
        this.unitPlans = unitPlans;
        this.requests = requests;
        this.periods = periods;
        this.plans = plans;
        this.pages = pages;
        this.outcomes = outcomes;
    }

    @GetMapping("/my/plans/{planId}/extensions")
    String showUnitExtensions(@PathVariable long planId, Model model) {
        long unitId = unitPlans.unitOf(planId);
        model.addAttribute("plan", pages.plan(planId));
        model.addAttribute("requests", requests.ofUnit(planId, unitId));
        model.addAttribute("tasks", plans.tasks(planId, unitId));
        model.addAttribute(
                "periods",
                periods.ofPlan(planId).stream()
                        .filter(p -> p.state() != PeriodState.CLOSED)
                        .toList());
        model.addAttribute("unitId", unitId);
        return "periods/extensions";
    }

    @PostMapping("/my/plans/{planId}/extensions")
    String processFile(
            @PathVariable long planId,
            @RequestParam long periodId,
            @RequestParam long taskId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedDueOn,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        long unit = unitId != null ? unitId : unitPlans.unitOf(planId);
        pages.period(planId, periodId);
        outcomes.run(
                redirect, "periods.ext.filed", () -> requests.file(periodId, unit, taskId, requestedDueOn, reason));
        return "redirect:/my/plans/" + planId + "/extensions";
    }

    @GetMapping("/office/plans/{planId}/extensions")
    String showDecisions(@PathVariable long planId, Model model) {
        model.addAttribute("plan", pages.plan(planId));
        model.addAttribute("requests", requests.ofPlan(planId));
        return "periods/extension-decisions";
    }

    @PostMapping("/office/plans/{planId}/extensions/{extensionId}/grant")
    String processGrant(
            @PathVariable long planId,
            @PathVariable long extensionId,
            @RequestParam int version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate grantedDueOn,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        outcomes.run(redirect, "periods.ext.granted", () -> {
            requests.grant(planId, extensionId, version, grantedDueOn, reason);
            return extensionId;
        });
        return "redirect:/office/plans/" + planId + "/extensions";
    }

    @PostMapping("/office/plans/{planId}/extensions/{extensionId}/refuse")
    String processRefuse(
            @PathVariable long planId,
            @PathVariable long extensionId,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        outcomes.run(redirect, "periods.ext.refused", () -> {
            requests.refuse(planId, extensionId, version, reason);
            return extensionId;
        });
        return "redirect:/office/plans/" + planId + "/extensions";
    }
}

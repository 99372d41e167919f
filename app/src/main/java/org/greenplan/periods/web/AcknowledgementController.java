package org.greenplan.periods.web;

import org.greenplan.periods.Acknowledgements;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 签收: the unit's page {@code /my/plans/{planId}/acknowledge} lists the plan's tasks for the actor's unit
 * and acknowledges them; {@code /office/plans/{planId}/acknowledgements} shows who has and who has not.
 * The unit check is the service's ({@code Actor.speaksFor}); a form naming another unit gets 403.
 */
@Controller
class AcknowledgementController {
    private final Acknowledgements acknowledgements;
    private final PeriodPages pages;
    private final Outcomes outcomes;
    private final UnitPlans unitPlans;

    AcknowledgementController(
            Acknowledgements acknowledgements, PeriodPages pages, Outcomes outcomes, UnitPlans unitPlans) {
        this.unitPlans = unitPlans;
        this.acknowledgements = acknowledgements;
        this.pages = pages;
        this.outcomes = outcomes;
    }

    @GetMapping("/my/plans/{planId}/acknowledge")
    String showAcknowledgeForm(@PathVariable long planId, Model model) {
        long unitId = unitPlans.unitOf(planId);
        model.addAttribute("plan", pages.plan(planId));
        model.addAttribute("tasks", acknowledgements.tasksOf(planId, unitId));
        model.addAttribute(
                "acknowledgement",
                acknowledgements.ofPlan(planId).stream()
                        .filter(a -> a.unitId() == unitId)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("unitId", unitId);
        return "periods/acknowledge";
    }

    @PostMapping("/my/plans/{planId}/acknowledge")
    String processAcknowledge(
            @PathVariable long planId, @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        long unit = unitId != null ? unitId : unitPlans.unitOf(planId);
        outcomes.run(
                redirect,
                "periods.ack.done",
                () -> acknowledgements.acknowledge(planId, unit) ? "" : outcomes.text("periods.ack.already"));
        return "redirect:/my/plans/" + planId + "/acknowledge";
    }

    @GetMapping("/office/plans/{planId}/acknowledgements")
    String showAcknowledgements(@PathVariable long planId, Model model) {
        model.addAttribute("plan", pages.plan(planId));
        model.addAttribute("acknowledgements", acknowledgements.ofPlan(planId));
        return "periods/acknowledgements";
    }
}

package org.greenplan.assessment.web;

import java.math.BigDecimal;
import org.greenplan.assessment.AssessmentRules;
import org.greenplan.assessment.ScoringRules;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /office/plans/{planId}/assessment/rules}: the plan's scoring rules, version-checked and audited. */
@Controller
@RequestMapping("/office/plans/{planId}/assessment/rules")
class RulesController {
    private final AssessmentRules rules;
    private final PlanCatalog catalog;
    private final Flash flash;

    RulesController(AssessmentRules rules, PlanCatalog catalog, Flash flash) {
        this.rules = rules;
        this.catalog = catalog;
        this.flash = flash;
    }

    @GetMapping
    String showRules(@PathVariable long planId, Model model) {
        model.addAttribute("plan", catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId)));
        model.addAttribute("rules", rules.of(planId));
        return "assessment/rules";
    }

    @PostMapping
    String processRules(
            @PathVariable long planId,
            @RequestParam int weightAttainment,
            @RequestParam int weightTimeliness,
            @RequestParam int weightCompleteness,
            @RequestParam BigDecimal lateDeduction,
            @RequestParam BigDecimal missingDeduction,
            @RequestParam BigDecimal bonusCap,
            @RequestParam int version,
            RedirectAttributes redirect) {
        ScoringRules submitted = new ScoringRules(
                planId,
                weightAttainment,
                weightTimeliness,
                weightCompleteness,
                lateDeduction,
                missingDeduction,
                bonusCap,
                version);
        flash.run(redirect, "assessment.rules.saved", () -> rules.save(submitted));
        return "redirect:/office/plans/" + planId + "/assessment/rules";
    }
}

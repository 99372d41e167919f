package org.greenplan.assessment.web;

import java.math.BigDecimal;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.assessment.AssessmentReview;
import org.greenplan.assessment.AssessmentRounds;
import org.greenplan.assessment.SelfAssessment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's assessments ({@code /my/assessments/**}): its rounds, its own breakdown and its self-assessment.
 * The unit comes from the signed-in actor, never from the URL.
 */
@Controller
class UnitAssessmentController {
    private final AssessmentRounds rounds;
    private final AssessmentReview review;
    private final CurrentActor currentActor;
    private final Flash flash;

    UnitAssessmentController(AssessmentRounds rounds, AssessmentReview review, CurrentActor currentActor, Flash flash) {
        this.rounds = rounds;
        this.review = review;
        this.currentActor = currentActor;
        this.flash = flash;
    }

    @GetMapping("/my/assessments")
    String showMine(Model model) {
        model.addAttribute("rounds", rounds.roundsOfMyUnit(currentActor.require()));
        return "assessment/mine";
    }

    @GetMapping("/my/assessments/{roundId}")
    String showMyEntry(@PathVariable long roundId, Model model) {
        model.addAttribute("view", review.mine(currentActor.require(), roundId));
        return "assessment/my-entry";
    }

    @PostMapping("/my/assessments/{roundId}")
    String processSelfAssessment(
            @PathVariable long roundId,
            @RequestParam(required = false) BigDecimal attainment,
            @RequestParam(required = false) BigDecimal timeliness,
            @RequestParam(required = false) BigDecimal completeness,
            @RequestParam(required = false) String explanation,
            @RequestParam int version,
            RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        SelfAssessment self = new SelfAssessment(attainment, timeliness, completeness, explanation);
        flash.run(redirect, "assessment.self.submitted", () -> review.submitSelf(actor, roundId, self, version));
        return "redirect:/my/assessments/" + roundId;
    }
}

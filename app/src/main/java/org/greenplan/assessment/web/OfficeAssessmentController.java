package org.greenplan.assessment.web;

import java.math.BigDecimal;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.assessment.AssessmentReview;
import org.greenplan.assessment.AssessmentRounds;
import org.greenplan.assessment.Assessments;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's assessment pages: a plan's current scores and rounds ({@code /office/plans/{planId}/assessment}),
 * opening a round, and a round's review ({@code /office/assessments/**}): accept, adjust, return, bonus,
 * publish. Every POST redirects back with a message. The read-only pages are {@link AssessmentReadController}.
 */
@Controller
class OfficeAssessmentController {
    private final Assessments assessments;
    private final AssessmentRounds rounds;
    private final AssessmentReview review;
    private final PlanCatalog catalog;
    private final CurrentActor currentActor;
    private final Flash flash;

    OfficeAssessmentController(
            Assessments assessments,
            AssessmentRounds rounds,
            AssessmentReview review,
            PlanCatalog catalog,
            CurrentActor currentActor,
            Flash flash) {
        this.assessments = assessments;
        this.rounds = rounds;
        this.review = review;
        this.catalog = catalog;
        this.currentActor = currentActor;
        this.flash = flash;
    }

    @GetMapping("/office/plans/{planId}/assessment")
    String showPlan(@PathVariable long planId, @RequestParam(required = false) Long periodId, Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("plan", catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId)));
        model.addAttribute("sheet", assessments.sheet(actor, planId, periodId));
        model.addAttribute("periods", assessments.periodsOf(planId));
        model.addAttribute("periodId", periodId);
        model.addAttribute("rounds", rounds.rounds(actor, planId));
        return "assessment/plan";
    }

    @PostMapping("/office/plans/{planId}/assessment/rounds")
    String processOpen(
            @PathVariable long planId,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) Long periodId,
            RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        long[] opened = {0};
        flash.run(redirect, "assessment.round.opened", () -> opened[0] = rounds.open(actor, planId, label, periodId));
        return opened[0] == 0
                ? "redirect:/office/plans/" + planId + "/assessment"
                : "redirect:/office/assessments/" + opened[0];
    }

    @PostMapping("/office/assessments/{roundId}/units/{unitId}/acceptance")
    String processAcceptance(
            @PathVariable long roundId, @PathVariable long unitId, @RequestParam int version, RedirectAttributes r) {
        Actor actor = currentActor.require();
        flash.run(r, "assessment.review.accepted", () -> review.accept(actor, roundId, unitId, version));
        return back(roundId, unitId);
    }

    @PostMapping("/office/assessments/{roundId}/units/{unitId}/adjustment")
    String processAdjustment(
            @PathVariable long roundId,
            @PathVariable long unitId,
            @RequestParam BigDecimal score,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            RedirectAttributes r) {
        Actor actor = currentActor.require();
        flash.run(r, "assessment.review.adjusted", () -> review.adjust(actor, roundId, unitId, score, reason, version));
        return back(roundId, unitId);
    }

    @PostMapping("/office/assessments/{roundId}/units/{unitId}/return")
    String processReturn(
            @PathVariable long roundId,
            @PathVariable long unitId,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            RedirectAttributes r) {
        Actor actor = currentActor.require();
        flash.run(r, "assessment.review.returned", () -> review.returnToUnit(actor, roundId, unitId, reason, version));
        return back(roundId, unitId);
    }

    @PostMapping("/office/assessments/{roundId}/units/{unitId}/bonus")
    String processBonus(
            @PathVariable long roundId,
            @PathVariable long unitId,
            @RequestParam BigDecimal bonus,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            RedirectAttributes r) {
        Actor actor = currentActor.require();
        flash.run(
                r, "assessment.review.bonusSaved", () -> review.bonus(actor, roundId, unitId, bonus, reason, version));
        return back(roundId, unitId);
    }

    @PostMapping("/office/assessments/{roundId}/publication")
    String processPublication(@PathVariable long roundId, @RequestParam int version, RedirectAttributes r) {
        Actor actor = currentActor.require();
        flash.run(r, "assessment.round.publishedNotice", () -> rounds.publish(actor, roundId, version));
        return "redirect:/office/assessments/" + roundId;
    }

    private static String back(long roundId, long unitId) {
        return "redirect:/office/assessments/" + roundId + "/units/" + unitId;
    }
}

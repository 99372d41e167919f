package org.greenplan.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.assessment.AssessmentReview;
import org.greenplan.assessment.AssessmentRound;
import org.greenplan.assessment.AssessmentRounds;
import org.greenplan.plan.PlanCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The rounds, a round's ranking of units and a unit's breakdown, read by the office ({@code
 * /office/assessments/**}) and by leaders ({@code /leader/assessments/**}) on the same pages; links on them
 * stay under the prefix the reader came by. Who may read is the URL rule plus the services' own check.
 */
@Controller
class AssessmentReadController {
    private static final String OFFICE = "/office/assessments";
    private static final String LEADER = "/leader/assessments";

    private final AssessmentRounds rounds;
    private final AssessmentReview review;
    private final CurrentActor currentActor;
    private final PlanCatalog catalog;

    AssessmentReadController(
            AssessmentRounds rounds, AssessmentReview review, CurrentActor currentActor, PlanCatalog catalog) {
        this.catalog = catalog;
        this.rounds = rounds;
        this.review = review;
        this.currentActor = currentActor;
    }

    @GetMapping({OFFICE, LEADER})
    String showRounds(HttpServletRequest request, Model model) {
        model.addAttribute(
                "rounds", catalog.visibleOnly(rounds.rounds(currentActor.require(), null), AssessmentRound::planId));
        model.addAttribute("base", base(request));
        return "assessment/rounds";
    }

    @GetMapping({OFFICE + "/{roundId}", LEADER + "/{roundId}"})
    String showRound(@PathVariable long roundId, HttpServletRequest request, Model model) {
        model.addAttribute("view", rounds.round(currentActor.require(), roundId));
        model.addAttribute("base", base(request));
        return "assessment/round";
    }

    @GetMapping({OFFICE + "/{roundId}/units/{unitId}", LEADER + "/{roundId}/units/{unitId}"})
    String showEntry(@PathVariable long roundId, @PathVariable long unitId, HttpServletRequest request, Model model) {
        model.addAttribute("view", review.of(currentActor.require(), roundId, unitId));
        model.addAttribute("base", base(request));
        return "assessment/entry";
    }

    private static String base(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + LEADER) ? LEADER : OFFICE;
    }
}

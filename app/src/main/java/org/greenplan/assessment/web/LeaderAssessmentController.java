package org.greenplan.assessment.web;

import org.greenplan.accounts.CurrentActor;
import org.greenplan.assessment.AssessmentReview;
import org.greenplan.assessment.AssessmentRounds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Leaders read every round, its ranking of units and each unit's breakdown ({@code /leader/assessments/**}). */
@Controller
class LeaderAssessmentController {
    private final AssessmentRounds rounds;
    private final AssessmentReview review;
    private final CurrentActor currentActor;

    LeaderAssessmentController(AssessmentRounds rounds, AssessmentReview review, CurrentActor currentActor) {
        this.rounds = rounds;
        this.review = review;
        this.currentActor = currentActor;
    }

    @GetMapping("/leader/assessments")
    String showRounds(Model model) {
        model.addAttribute("rounds", rounds.rounds(currentActor.require(), null));
        model.addAttribute("base", "/leader/assessments");
        return "assessment/rounds";
    }

    @GetMapping("/leader/assessments/{roundId}")
    String showRound(@PathVariable long roundId, Model model) {
        model.addAttribute("view", rounds.round(currentActor.require(), roundId));
        model.addAttribute("base", "/leader/assessments");
        return "assessment/round";
    }

    @GetMapping("/leader/assessments/{roundId}/units/{unitId}")
    String showEntry(@PathVariable long roundId, @PathVariable long unitId, Model model) {
        model.addAttribute("view", review.of(currentActor.require(), roundId, unitId));
        model.addAttribute("base", "/leader/assessments");
        return "assessment/entry";
    }
}

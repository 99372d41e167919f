package org.greenplan.reporting.web;

import java.time.LocalDate;
import org.greenplan.reporting.RegionRollup;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The roll-up page of a city plan over its counties' and districts' plans ({@code ?on=YYYY-MM-DD}). */
@Controller
class RollupController {
    private final RegionRollup rollup;

    RollupController(RegionRollup rollup) {
        this.rollup = rollup;
    }

    @GetMapping("/plans/{planId}/rollup")
    String rollup(
            @PathVariable long planId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        model.addAttribute("rollup", rollup.of(planId, on));
        model.addAttribute("statuses", org.greenplan.supervision.TaskStatus.values());
        return "reporting/rollup";
    }
}

package org.greenplan.organisation.web;

import org.greenplan.organisation.Region;
import org.greenplan.organisation.ResponsibleUnit;
import org.greenplan.organisation.UnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** The directory of responsible units; the office confirms units that imports created. */
@Controller
class UnitController {
    private final UnitDirectory directory;

    UnitController(UnitDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/units")
    String showUnits(Model model) {
        Region region = directory.defaultRegion();
        model.addAttribute("region", region);
        var units = directory.units(region.id());
        model.addAttribute("units", units);
        model.addAttribute(
                "confirmedUnits",
                units.stream().filter(ResponsibleUnit::confirmed).toList());
        return "organisation/units";
    }

    @PostMapping("/units/{unitId}/confirm")
    String processConfirm(
            @PathVariable long unitId, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        directory.confirm(unitId);
        if (htmx == null) {
            return "redirect:/units";
        }
        ResponsibleUnit unit = directory.units(directory.defaultRegion().id()).stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow();
        model.addAttribute("u", unit);
        return "organisation/unit-row :: row(u=${u})";
    }
}

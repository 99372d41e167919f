package org.greenplan.organisation.web;

import java.util.NoSuchElementException;
import org.greenplan.organisation.OfficeRegions;
import org.greenplan.organisation.RegionLevel;
import org.greenplan.organisation.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The region tree and the county and district offices ({@code /admin/regions}): the city office adds a
 * county or district and scopes an office admin's account to one (or back to the city). A refused change
 * comes back to the page with the reason. A county or district office may read the tree but change neither
 * (403, the web shell's list of city-wide requests): otherwise it could widen its own scope or make itself the
 * city office.
 */
@Controller
class RegionController {
    private final Regions regions;
    private final OfficeRegions offices;

    RegionController(Regions regions, OfficeRegions offices) {
        this.regions = regions;
        this.offices = offices;
    }

    @GetMapping("/admin/regions")
    String showRegions(Model model) {
        model.addAttribute("regions", regions.tree());
        model.addAttribute("offices", offices.scopedOffices());
        model.addAttribute("childLevels", java.util.List.of(RegionLevel.COUNTY, RegionLevel.DISTRICT));
        return "organisation/regions";
    }

    @PostMapping("/admin/regions")
    String processAdd(
            @RequestParam String name,
            @RequestParam RegionLevel level,
            @RequestParam long parentId,
            RedirectAttributes redirect) {
        try {
            regions.add(name, level, parentId);
            redirect.addFlashAttribute("regionDone", "region.added");
        } catch (IllegalArgumentException | NoSuchElementException e) {
            redirect.addFlashAttribute("regionError", "region.error.add");
        }
        return "redirect:/admin/regions";
    }

    @PostMapping("/admin/regions/offices")
    String processScope(
            @RequestParam String username,
            @RequestParam(required = false) Long regionId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            offices.scope(username, regionId, reason);
            redirect.addFlashAttribute("regionDone", "region.scoped");
        } catch (IllegalArgumentException | NoSuchElementException e) {
            redirect.addFlashAttribute("regionError", "region.error.scope");
        }
        return "redirect:/admin/regions";
    }
}

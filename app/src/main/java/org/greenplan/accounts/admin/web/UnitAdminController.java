package org.greenplan.accounts.admin.web;

import org.greenplan.accounts.admin.AccountRefusal;
import org.greenplan.accounts.admin.UnitContacts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The confirmed units with their contact persons (联络员) under {@code /admin/units}. */
@Controller
class UnitAdminController {
    private static final String FORM = "admin/unit-form";
    private final UnitContacts units;

    UnitAdminController(UnitContacts units) {
        this.units = units;
    }

    @GetMapping("/admin/units")
    String showUnits(Model model) {
        model.addAttribute("units", units.units());
        return "admin/units";
    }

    @GetMapping("/admin/units/{unitId}")
    String initUpdateForm(@PathVariable("unitId") long id, Model model) {
        model.addAttribute("unit", units.unit(id));
        model.addAttribute("form", ContactForm.of(units.unit(id)));
        return FORM;
    }

    @PostMapping("/admin/units/{unitId}")
    String processUpdateForm(
            @PathVariable("unitId") long id,
            @ModelAttribute("form") ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            units.updateContact(id, form.getVersion(), form.contact());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/units";
        } catch (AccountRefusal refusal) {
            FormProblems.apply(refusal, result);
            if (refusal.has("unit.stale")) {
                form.setVersion(units.unit(id).version());
                model.addAttribute("latest", units.unit(id));
            }
            model.addAttribute("unit", units.unit(id));
            return FORM;
        }
    }
}

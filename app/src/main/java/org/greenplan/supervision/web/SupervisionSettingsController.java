package org.greenplan.supervision.web;

import java.util.Locale;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.supervision.SettingsRefusedException;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.SupervisionSettings;
import org.greenplan.supervision.SupervisionSettingsStore;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /office/plans/{planId}/supervision} (office only): the plan's supervision settings with today's
 * status counts under them. A save names the version it was read at: a form someone else saved in
 * between is refused (409) and the latest values are shown; a value out of range is refused (400) with
 * the typed values kept. Saved changes are in the audit trail.
 */
@Controller
@RequestMapping("/office/plans/{planId}/supervision")
class SupervisionSettingsController {
    private static final String PAGE = "supervision/settings";

    private final PlanCatalog catalog;
    private final SupervisionSettingsStore store;
    private final Supervision supervision;
    private final MessageSource messages;

    SupervisionSettingsController(
            PlanCatalog catalog, SupervisionSettingsStore store, Supervision supervision, MessageSource messages) {
        this.catalog = catalog;
        this.store = store;
        this.supervision = supervision;
        this.messages = messages;
    }

    @GetMapping
    String showSettings(@PathVariable long planId, Model model) {
        return page(planId, store.of(planId), null, model);
    }

    @PostMapping
    String processSettings(
            @PathVariable long planId,
            SettingsForm form,
            RedirectAttributes redirect,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        plan(planId);
        try {
            store.save(form.toSettings(planId));
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(
                    planId,
                    store.of(planId),
                    messages.getMessage("supervision.settings.conflict", null, locale),
                    model);
        } catch (SettingsRefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String error = messages.getMessage(e.key(), e.arguments(), locale);
            return page(planId, form.toSettings(planId), error, model);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("supervision.settings.saved", null, locale));
        return "redirect:/office/plans/" + planId + "/supervision";
    }

    private String page(long planId, SupervisionSettings settings, String error, Model model) {
        model.addAttribute("plan", plan(planId));
        model.addAttribute("settings", settings);
        model.addAttribute("error", error);
        model.addAttribute("supervision", supervision.ofPlan(planId));
        model.addAttribute(
                "limits", new int[] {SupervisionSettings.MIN_STAGNATION_DAYS, SupervisionSettings.MAX_STAGNATION_DAYS});
        return PAGE;
    }

    private PlanSummary plan(long planId) {
        return catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
    }
}

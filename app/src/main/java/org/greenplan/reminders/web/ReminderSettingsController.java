package org.greenplan.reminders.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.reminders.ReminderEntry;
import org.greenplan.reminders.ReminderLog;
import org.greenplan.reminders.ReminderSettings;
import org.greenplan.reminders.ReminderSettingsStore;
import org.greenplan.reminders.Reminders;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /office/reminders}: the reminder settings (global and per plan: N working days before, escalation
 * after M working days overdue, at most K reminders per unit per day, on/off), a button to send today's due
 * reminders now, and the reminder log with every delivery's recipient, channel and outcome.
 */
@Controller
class ReminderSettingsController {
    private static final int LOG_SIZE = 200;
    private final ReminderSettingsStore settings;
    private final ReminderLog log;
    private final Reminders reminders;
    private final PlanCatalog plans;
    private final MessageSource messages;
    private final Clock clock;

    ReminderSettingsController(
            ReminderSettingsStore settings,
            ReminderLog log,
            Reminders reminders,
            PlanCatalog plans,
            MessageSource messages,
            Clock clock) {
        this.settings = settings;
        this.log = log;
        this.reminders = reminders;
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/office/reminders")
    String showReminders(Model model) {
        model.addAttribute("global", settings.global());
        model.addAttribute("overrides", plans.visibleOnly(settings.planOverrides(), s -> s.planId()));
        var published = plans.plans().stream().filter(p -> p.published()).toList();
        model.addAttribute("plans", published);
        model.addAttribute(
                "planTitles",
                published.stream().collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.title())));
        model.addAttribute(
                "log",
                plans.visibleOnly(log.latest(LOG_SIZE), line -> line.reminder().planId()));
        return "reminders/settings";
    }

    @PostMapping("/office/reminders/settings")
    String processSettings(
            @RequestParam(required = false) Long planId,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam int daysBefore,
            @RequestParam int escalateAfter,
            @RequestParam int maxPerUnitDay,
            @RequestParam(defaultValue = "0") int version,
            RedirectAttributes redirect) {
        try {
            if (planId != null) {
                plans.plan(planId)
                        .orElseThrow(() -> new org.greenplan.plan.NotFoundException("error.notFound.plan", planId));
            }
            settings.save(new ReminderSettings(planId, enabled, daysBefore, escalateAfter, maxPerUnitDay, version));
            redirect.addFlashAttribute("notice", text("reminders.settings.saved"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", text("reminders.settings.invalid"));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", text("reminders.settings.conflict"));
        }
        return "redirect:/office/reminders";
    }

    @PostMapping("/office/reminders/plans/{planId}/clear")
    String processClear(@PathVariable long planId, RedirectAttributes redirect) {
        settings.clear(planId);
        redirect.addFlashAttribute("notice", text("reminders.settings.cleared"));
        return "redirect:/office/reminders";
    }

    @PostMapping("/office/reminders/run")
    String processRun(RedirectAttributes redirect) {
        List<ReminderEntry> sent = reminders.sendDue(LocalDate.now(clock));
        redirect.addFlashAttribute("notice", text("reminders.run.done", sent.size()));
        return "redirect:/office/reminders";
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}

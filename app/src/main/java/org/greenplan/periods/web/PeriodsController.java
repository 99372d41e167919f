package org.greenplan.periods.web;

import java.time.LocalDate;
import org.greenplan.periods.DueMonth;
import org.greenplan.periods.DueShift;
import org.greenplan.periods.LockExceptions;
import org.greenplan.periods.PeriodAdministration;
import org.greenplan.periods.Periodicity;
import org.greenplan.periods.ReportingSettings;
import org.greenplan.periods.ReportingSettingsStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /office/plans/{planId}/periods}: the plan's reporting settings, its periods with lead and co-unit
 * due dates, open / close / reopen, and lock exceptions. Every POST redirects back with a message.
 */
@Controller
@RequestMapping("/office/plans/{planId}/periods")
class PeriodsController {
    private final PeriodPages pages;
    private final ReportingSettingsStore settings;
    private final PeriodAdministration administration;
    private final LockExceptions exceptions;
    private final Outcomes outcomes;

    PeriodsController(
            PeriodPages pages,
            ReportingSettingsStore settings,
            PeriodAdministration administration,
            LockExceptions exceptions,
            Outcomes outcomes) {
        this.pages = pages;
        this.settings = settings;
        this.administration = administration;
        this.exceptions = exceptions;
        this.outcomes = outcomes;
    }

    @GetMapping
    String showPeriods(@PathVariable long planId, Model model) {
        model.addAttribute("page", pages.page(planId));
        return "periods/periods";
    }

    @PostMapping("/settings")
    String processSettings(@PathVariable long planId, SettingsForm form, RedirectAttributes redirect) {
        pages.plan(planId);
        ReportingSettings submitted = form.toSettings(planId);
        outcomes.run(redirect, "periods.settings.saved", () -> {
            settings.save(submitted);
            return "";
        });
        return back(planId);
    }

    @PostMapping("/generate")
    String processGenerate(@PathVariable long planId, RedirectAttributes redirect) {
        pages.plan(planId);
        outcomes.run(redirect, "periods.generated", () -> administration.generate(planId));
        return back(planId);
    }

    @PostMapping("/custom")
    String processCustom(
            @PathVariable long planId,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            RedirectAttributes redirect) {
        pages.plan(planId);
        outcomes.run(
                redirect,
                "periods.customAdded",
                () -> administration.addCustom(planId, label, startsOn, endsOn).dueOn());
        return back(planId);
    }

    @PostMapping("/{periodId}/open")
    String processOpen(
            @PathVariable long planId,
            @PathVariable long periodId,
            @RequestParam int version,
            RedirectAttributes redirect) {
        String label = pages.period(planId, periodId).label();
        outcomes.run(redirect, "periods.opened", () -> {
            administration.open(periodId, version);
            return label;
        });
        return back(planId);
    }

    @PostMapping("/{periodId}/close")
    String processClose(
            @PathVariable long planId,
            @PathVariable long periodId,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        String label = pages.period(planId, periodId).label();
        outcomes.run(redirect, "periods.closed", () -> {
            administration.close(periodId, version, reason);
            return label;
        });
        return back(planId);
    }

    @PostMapping("/{periodId}/reopen")
    String processReopen(
            @PathVariable long planId,
            @PathVariable long periodId,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        String label = pages.period(planId, periodId).label();
        outcomes.run(redirect, "periods.reopened", () -> {
            administration.reopen(periodId, version, reason);
            return label;
        });
        return back(planId);
    }

    @PostMapping("/{periodId}/exceptions")
    String processGrant(
            @PathVariable long planId,
            @PathVariable long periodId,
            @RequestParam long unitId,
            @RequestParam(required = false) Long taskId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        pages.period(planId, periodId);
        outcomes.run(redirect, "periods.exception.granted", () -> exceptions.grant(periodId, unitId, taskId, reason));
        return back(planId);
    }

    @PostMapping("/{periodId}/exceptions/{exceptionId}/revoke")
    String processRevoke(
            @PathVariable long planId,
            @PathVariable long periodId,
            @PathVariable long exceptionId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        pages.period(planId, periodId);
        outcomes.run(redirect, "periods.exception.revoked", () -> {
            exceptions.revoke(periodId, exceptionId, reason);
            return exceptionId;
        });
        return back(planId);
    }

    private static String back(long planId) {
        return "redirect:/office/plans/" + planId + "/periods";
    }

    /** The settings form's fields; missing numbers fall back to the defaults' so that the range check names them. */
    record SettingsForm(
            Periodicity periodicity,
            Integer dueDay,
            DueMonth dueMonth,
            Integer graceDays,
            Integer coUnitLeadDays,
            DueShift shift,
            Boolean unitLeaderApproval,
            Integer version) {

        ReportingSettings toSettings(long planId) {
            ReportingSettings d = ReportingSettings.defaults(planId);
            return new ReportingSettings(
                    planId,
                    periodicity == null ? d.periodicity() : periodicity,
                    dueDay == null ? 0 : dueDay,
                    dueMonth == null ? d.dueMonth() : dueMonth,
                    graceDays == null ? -1 : graceDays,
                    coUnitLeadDays == null ? -1 : coUnitLeadDays,
                    shift == null ? d.shift() : shift,
                    Boolean.TRUE.equals(unitLeaderApproval),
                    version == null ? -1 : version);
        }
    }
}

package org.greenplan.briefing.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.greenplan.briefing.BriefingFormat;
import org.greenplan.briefing.BriefingScheduleException;
import org.greenplan.briefing.BriefingSummary;
import org.greenplan.briefing.BriefingTemplateException;
import org.greenplan.briefing.BriefingTemplates;
import org.greenplan.briefing.Briefings;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /office/briefings}: a plan's periods with their briefings, generate now, schedule a day, download
 * .docx and .pdf; the Word template (download, replace, back to the default). Every POST redirects back
 * with a message.
 */
@Controller
class OfficeBriefingController {
    private final Briefings briefings;
    private final BriefingTemplates templates;
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final MessageSource messages;

    OfficeBriefingController(
            Briefings briefings,
            BriefingTemplates templates,
            PlanCatalog catalog,
            ReportingPeriods periods,
            MessageSource messages) {
        this.briefings = briefings;
        this.templates = templates;
        this.catalog = catalog;
        this.periods = periods;
        this.messages = messages;
    }

    /** One period's row on the page. */
    record PeriodRow(
            ReportingPeriod period,
            List<BriefingSummary> briefings,
            org.greenplan.briefing.BriefingSchedule schedule) {}

    @GetMapping("/office/briefings")
    String showBriefings(@RequestParam(required = false) Long plan, Model model) {
        List<PlanSummary> plans =
                catalog.plans().stream().filter(PlanSummary::published).toList();
        Long planId =
                plan != null ? plan : plans.isEmpty() ? null : plans.get(0).id();
        model.addAttribute("plans", plans);
        model.addAttribute("planId", planId);
        model.addAttribute("template", templates.current());
        model.addAttribute("defaultNextSteps", briefings.defaultNextSteps());
        model.addAttribute("maxTemplateMb", BriefingTemplates.MAX_BYTES / (1024 * 1024));
        if (planId != null) {
            PlanSummary selected =
                    catalog.plan(planId).orElseThrow(() -> org.greenplan.plan.NotFoundException.plan(planId));
            model.addAttribute("plan", selected);
            model.addAttribute("rows", rows(planId));
        }
        return "briefing/office";
    }

    private List<PeriodRow> rows(long planId) {
        List<BriefingSummary> all = briefings.list(planId);
        var schedules = briefings.schedules(planId);
        return periods.ofPlan(planId).stream()
                .sorted(Comparator.comparing(ReportingPeriod::startsOn))
                .map(p -> new PeriodRow(
                        p,
                        all.stream().filter(b -> b.periodId() == p.id()).toList(),
                        schedules.stream()
                                .filter(s -> s.periodId() == p.id())
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    @PostMapping("/office/briefings")
    String processGenerate(
            @RequestParam long planId,
            @RequestParam long periodId,
            @RequestParam(required = false) String nextSteps,
            RedirectAttributes redirect) {
        try {
            BriefingSummary b = briefings.generate(planId, periodId, nextSteps);
            redirect.addFlashAttribute("notice", text("briefing.generated", b.periodLabel(), b.serial()));
        } catch (BriefingTemplateException e) {
            redirect.addFlashAttribute("error", text(e.code(), e.getArguments()));
        }
        return "redirect:/office/briefings?plan=" + planId;
    }

    @GetMapping("/office/briefings/{briefingId}.docx")
    ResponseEntity<byte[]> downloadWord(@PathVariable long briefingId) {
        return BriefingFiles.download(briefings.file(briefingId, BriefingFormat.DOCX));
    }

    @GetMapping("/office/briefings/{briefingId}.pdf")
    ResponseEntity<byte[]> downloadPdf(@PathVariable long briefingId) {
        return BriefingFiles.download(briefings.file(briefingId, BriefingFormat.PDF));
    }

    @PostMapping("/office/briefings/schedules")
    String processSchedule(
            @RequestParam long planId,
            @RequestParam long periodId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate generateOn,
            @RequestParam(required = false) String nextSteps,
            RedirectAttributes redirect) {
        try {
            briefings.schedule(planId, periodId, generateOn, nextSteps);
            redirect.addFlashAttribute("notice", text("briefing.scheduled", generateOn));
        } catch (BriefingScheduleException e) {
            redirect.addFlashAttribute("error", text(e.code()));
        }
        return "redirect:/office/briefings?plan=" + planId;
    }

    @PostMapping("/office/briefings/schedules/{scheduleId}/removal")
    String processUnschedule(@PathVariable long scheduleId, @RequestParam long planId, RedirectAttributes redirect) {
        boolean removed = briefings.unschedule(planId, scheduleId);
        redirect.addFlashAttribute(
                removed ? "notice" : "error", text(removed ? "briefing.unscheduled" : "briefing.unscheduleRefused"));
        return "redirect:/office/briefings?plan=" + planId;
    }

    @GetMapping("/office/briefings/template")
    ResponseEntity<byte[]> downloadTemplate() {
        BriefingTemplates.Template t = templates.current();
        return BriefingFiles.download(
                new Briefings.BriefingFile(t.fileName(), BriefingFormat.DOCX.mediaType(), t.content()));
    }

    @PostMapping("/office/briefings/template")
    String processTemplate(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Long plan,
            RedirectAttributes redirect)
            throws IOException {
        String back = "redirect:/office/briefings" + (plan == null ? "" : "?plan=" + plan);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", text("briefing.template.missing"));
            return back;
        }
        if (file.getSize() > BriefingTemplates.MAX_BYTES) {
            redirect.addFlashAttribute(
                    "error",
                    text(
                            "briefing.template.size",
                            file.getOriginalFilename(),
                            BriefingTemplates.MAX_BYTES / (1024 * 1024)));
            return back;
        }
        try {
            templates.upload(file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", text("briefing.template.uploaded", file.getOriginalFilename()));
        } catch (BriefingTemplateException e) {
            redirect.addFlashAttribute("error", text(e.code(), e.getArguments()));
        }
        return back;
    }

    @PostMapping("/office/briefings/template/reset")
    String processTemplateReset(@RequestParam(required = false) Long plan, RedirectAttributes redirect) {
        templates.reset();
        redirect.addFlashAttribute("notice", text("briefing.template.reset"));
        return "redirect:/office/briefings" + (plan == null ? "" : "?plan=" + plan);
    }

    private String text(String key, Object... args) {
        Object[] plain = java.util.Arrays.stream(args)
                .map(a -> a instanceof Number || a instanceof LocalDate ? String.valueOf(a) : a)
                .toArray();
        return messages.getMessage(key, plain, LocaleContextHolder.getLocale());
    }
}

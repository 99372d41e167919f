package org.greenplan.reminders.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.greenplan.reminders.Urging;
import org.greenplan.reminders.UrgingDocument;
import org.greenplan.reminders.Urgings;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 催办: the office's list of 催办单 ({@code /office/urgings}), the form for a new one (a task of a plan and its
 * units, or units of a plan; a message; a reply date; choosing a task reloads the units offered), and each one
 * as Word; units read theirs at {@code /my/urgings} and download them.
 */
@Controller
class UrgingController {
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final Urgings urgings;
    private final UrgingDocument document;
    private final PlanCatalog plans;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    UrgingController(
            Urgings urgings,
            UrgingDocument document,
            PlanCatalog plans,
            CurrentActor currentActor,
            MessageSource messages) {
        this.urgings = urgings;
        this.document = document;
        this.plans = plans;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/office/urgings")
    String showUrgings(Model model) {
        model.addAttribute("urgings", plans.visibleOnly(urgings.all(), org.greenplan.reminders.Urging::planId));
        model.addAttribute("numbers", urgings);
        return "reminders/urgings";
    }

    @GetMapping("/office/urgings/new")
    String initCreationForm(
            @RequestParam(required = false) Long planId, @RequestParam(required = false) Long taskId, Model model) {
        var published = plans.plans().stream().filter(p -> p.published()).toList();
        Long plan = planId != null
                ? planId
                : published.isEmpty() ? null : published.get(0).id();
        var task =
                plan == null || taskId == null ? null : plans.task(plan, taskId).orElse(null);
        model.addAttribute("plans", published);
        model.addAttribute("planId", plan);
        model.addAttribute("taskId", task == null ? null : task.id());
        model.addAttribute("tasks", plan == null ? List.of() : plans.tasks(plan, null));
        model.addAttribute("units", unitsOffered(plan, task));
        return "reminders/urging-form";
    }

    /** The units an urging may go to, as {@link Urgings#issue} allows them: the task's, or without one the plan's. */
    private List<?> unitsOffered(Long planId, TaskView task) {
        if (task != null) {
            return task.units();
        }
        return planId == null ? List.of() : plans.units(planId);
    }

    @PostMapping("/office/urgings")
    String processCreationForm(
            @RequestParam long planId,
            @RequestParam(required = false) Long taskId,
            @RequestParam(required = false) List<Long> unitIds,
            @RequestParam(required = false) String message,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyBy,
            RedirectAttributes redirect) {
        try {
            Urging urging = urgings.issue(currentActor.require(), planId, taskId, unitIds, message, replyBy);
            redirect.addFlashAttribute("notice", text("reminders.urging.issued", urgings.numberText(urging)));
            return "redirect:/office/urgings";
        } catch (IllegalArgumentException e) {
            if (!(e instanceof MessageSourceResolvable resolvable)) {
                throw e;
            }
            redirect.addFlashAttribute("error", messages.getMessage(resolvable, LocaleContextHolder.getLocale()));
            return "redirect:/office/urgings/new?planId=" + planId + (taskId == null ? "" : "&taskId=" + taskId);
        }
    }

    @GetMapping("/office/urgings/{urgingId}.docx")
    ResponseEntity<byte[]> downloadOffice(@PathVariable long urgingId) {
        return docx(urgings.find(urgingId));
    }

    @GetMapping("/my/urgings")
    String showUnitUrgings(Model model) {
        model.addAttribute("urgings", urgings.ofUnit(currentActor.require()));
        model.addAttribute("numbers", urgings);
        return "reminders/my-urgings";
    }

    @GetMapping("/my/urgings/{urgingId}.docx")
    ResponseEntity<byte[]> downloadUnit(@PathVariable long urgingId) {
        return docx(urgings.readable(currentActor.require(), urgingId));
    }

    private ResponseEntity<byte[]> docx(Urging urging) {
        String number = urgings.numberText(urging);
        String name =
                URLEncoder.encode(number + ".docx", StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"urging-" + urging.year() + "-" + urging.number()
                                + ".docx\"; filename*=UTF-8''" + name)
                .body(document.render(urging, number));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

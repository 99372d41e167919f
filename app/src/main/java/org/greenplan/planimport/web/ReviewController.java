package org.greenplan.planimport.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.DraftEditException;
import org.greenplan.planimport.ReviewService;
import org.greenplan.planimport.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Corrections in review, one task at a time (htmx swaps the task's row): edit text, deadline, units
 * and targets; merge with the next task; split in two where the office put a blank line.
 */
@Controller
class ReviewController {
    private final PlanCatalog catalog;
    private final ReviewService review;
    private final MessageSource messages;

    ReviewController(PlanCatalog catalog, ReviewService review, MessageSource messages) {
        this.messages = messages;
        this.catalog = catalog;
        this.review = review;
    }

    @GetMapping("/plans/{planId}/review/tasks/{taskId}")
    String showTaskRow(@PathVariable long planId, @PathVariable long taskId, Model model) {
        model.addAttribute("task", task(planId, taskId));
        model.addAttribute("planId", planId);
        model.addAttribute("editable", true);
        return "planimport/review-task :: row";
    }

    @GetMapping("/plans/{planId}/review/tasks/{taskId}/edit")
    String initEditForm(@PathVariable long planId, @PathVariable long taskId, Model model) {
        review.checkEditable(planId);
        TaskView task = task(planId, taskId);
        return editForm(model, planId, task, TaskForm.of(task).withBlankRows(), null);
    }

    @PostMapping("/plans/{planId}/review/tasks/{taskId}")
    String processEditForm(
            @PathVariable long planId,
            @PathVariable long taskId,
            @ModelAttribute("form") TaskForm form,
            org.springframework.validation.BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        TaskView task = task(planId, taskId);
        if (binding.hasErrors()) {
            return editForm(
                    model, planId, task, form, FormErrors.describe(binding, messages, LocaleContextHolder.getLocale()));
        }
        String typed = form.getText() == null ? "" : form.getText().strip();
        try {
            int splitAt = SplitMarker.offset(typed);
            form.setText(SplitMarker.remove(typed));
            review.saveTask(planId, taskId, form.getVersion(), form.taskEdit(), form.unitLines(), form.targetEdits());
            if ("split".equals(action)) {
                if (splitAt < 0) {
                    throw new DraftEditException("draft.splitNoMark");
                }
                review.split(planId, taskId, splitAt);
                return reloadReview(planId, request, response);
            }
        } catch (StaleEditException stale) {
            form.setText(typed);
            return staleForm(model, planId, form, stale);
        } catch (DraftEditException invalid) {
            return editForm(model, planId, task, form, messages.getMessage(invalid, LocaleContextHolder.getLocale()));
        }
        if (request.getHeader("HX-Request") == null) {
            // a plain form post gets the review page again, not a lone table row at the post's address
            return "redirect:/plans/" + planId + "/review#task-" + taskId;
        }
        return showTaskRow(planId, taskId, model);
    }

    @PostMapping("/plans/{planId}/review/tasks/{taskId}/merge")
    String processMerge(
            @PathVariable long planId,
            @PathVariable long taskId,
            @ModelAttribute("form") TaskForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            review.mergeWithNext(planId, taskId, form.getVersion());
        } catch (StaleEditException stale) {
            return staleForm(model, planId, form, stale);
        } catch (DraftEditException invalid) {
            TaskView task = task(planId, taskId);
            return editForm(
                    model,
                    planId,
                    task,
                    TaskForm.of(task).withBlankRows(),
                    messages.getMessage(invalid, LocaleContextHolder.getLocale()));
        }
        return reloadReview(planId, request, response);
    }

    private String editForm(Model model, long planId, TaskView task, TaskForm form, String error) {
        model.addAttribute("planId", planId);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        model.addAttribute("comparators", Comparison.values());
        return "planimport/review-task :: edit";
    }

    /**
     * Someone saved the task while this user edited it: the form keeps what the user typed, shows the
     * other person's version and which fields differ, and now carries the current version, so that
     * saving again deliberately replaces it.
     */
    private String staleForm(Model model, long planId, TaskForm form, StaleEditException stale) {
        TaskView theirs = task(planId, stale.taskId());
        List<String> changed = StaleComparison.changedFields(form, theirs).stream()
                .map(this::message)
                .toList();
        form.setVersion(theirs.version());
        model.addAttribute("theirs", theirs);
        String error = messages.getMessage(
                "review.stale",
                new Object[] {
                    changed.isEmpty()
                            ? message("review.stale.same")
                            : String.join(message("review.stale.separator"), changed),
                    theirs.version()
                },
                LocaleContextHolder.getLocale());
        return editForm(model, planId, theirs, form, error);
    }

    /** htmx reloads the whole review page (HX-Redirect); a plain form post is redirected. */
    private static String reloadReview(long planId, HttpServletRequest request, HttpServletResponse response) {
        String review = "/plans/" + planId + "/review";
        if (request.getHeader("HX-Request") == null) {
            return "redirect:" + review;
        }
        response.setHeader("HX-Redirect", review);
        return "planimport/review-task :: reload";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private TaskView task(long planId, long taskId) {
        return catalog.task(planId, taskId).orElseThrow(() -> new NotFoundException("error.notFound.task"));
    }
}

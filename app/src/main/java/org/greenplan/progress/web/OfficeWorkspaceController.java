package org.greenplan.progress.web;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.progress.ReportProblem;
import org.greenplan.progress.ReviewQueue;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.shared.PeriodNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's workspace: the submission matrix of a period and the review queue with bulk approve and
 * bulk return. A bulk decision names each report with the version shown ({@code report=id:version});
 * reports refused (changed meanwhile, locked, not awaiting) are listed back with the reason.
 */
@Controller
class OfficeWorkspaceController {
    private final SubmissionMatrix matrix;
    private final ReviewQueue queue;
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final CurrentActor currentActor;
    private final ReportMessages messages;
    private final PeriodNames periodNames;

    OfficeWorkspaceController(
            SubmissionMatrix matrix,
            ReviewQueue queue,
            PlanCatalog catalog,
            ReportingPeriods periods,
            CurrentActor currentActor,
            ReportMessages messages,
            PeriodNames periodNames) {
        this.matrix = matrix;
        this.queue = queue;
        this.catalog = catalog;
        this.periods = periods;
        this.currentActor = currentActor;
        this.messages = messages;
        this.periodNames = periodNames;
    }

    @GetMapping("/office/plans/{planId}/periods/{periodId}/matrix")
    String showMatrix(
            @PathVariable long planId,
            @PathVariable long periodId,
            @RequestParam(defaultValue = "unit") String by,
            Model model) {
        SubmissionMatrix.Matrix shown = matrix.of(currentActor.require(), planId, periodId);
        model.addAttribute("matrix", shown);
        // the browser tab's title is a fragment parameter, where templates may not call beans
        model.addAttribute("periodName", periodNames.of(shown.period().label()));
        model.addAttribute("plan", catalog.plan(planId).orElseThrow());
        model.addAttribute("byTask", "task".equals(by));
        return "progress/matrix";
    }

    @GetMapping("/office/review")
    String showQueue(
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long period,
            @RequestParam(required = false) Long unit,
            Model model) {
        model.addAttribute(
                "entries",
                catalog.visibleOnly(
                        queue.entries(currentActor.require(), plan, period, unit),
                        entry -> entry.task().planId()));
        List<PlanSummary> plans =
                catalog.plans().stream().filter(PlanSummary::published).toList();
        model.addAttribute("plans", plans);
        model.addAttribute("periods", plan == null ? List.of() : periods.ofPlan(plan));
        model.addAttribute("units", plan == null ? List.of() : catalog.units(plan));
        model.addAttribute("filter", new Filter(plan, period, unit));
        return "progress/queue";
    }

    @PostMapping("/office/review/approval")
    String processBulkApproval(
            @RequestParam(name = "report", required = false) List<String> selected,
            @RequestParam(required = false) String query,
            RedirectAttributes flash) {
        Actor actor = currentActor.require();
        report(queue.approve(actor, versions(selected)), "workspace.review.approved", flash);
        return back(query);
    }

    @PostMapping("/office/review/return")
    String processBulkReturn(
            @RequestParam(name = "report", required = false) List<String> selected,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String query,
            RedirectAttributes flash) {
        Actor actor = currentActor.require();
        try {
            report(queue.returnForRevision(actor, versions(selected), reason), "workspace.review.returned", flash);
        } catch (ReportProblem e) {
            flash.addFlashAttribute("error", messages.text(e));
        }
        return back(query);
    }

    private void report(List<ReviewQueue.Result> results, String noticeKey, RedirectAttributes flash) {
        long done = results.stream().filter(ReviewQueue.Result::done).count();
        flash.addFlashAttribute("notice", messages.text(noticeKey, done));
        List<String> refused = new ArrayList<>();
        for (ReviewQueue.Result r : results) {
            if (!r.done()) {
                String why = r.problem() != null ? messages.text(r.problem()) : messages.locked(r.locked());
                refused.add(messages.text("workspace.review.refused", String.valueOf(r.reportId()), why));
            }
        }
        if (!refused.isEmpty()) {
            flash.addFlashAttribute("error", String.join(" ", refused));
        }
    }

    /** Reads "id:version" pairs; a malformed one is a bad request. */
    static List<ReviewQueue.Version> versions(List<String> selected) {
        List<ReviewQueue.Version> versions = new ArrayList<>();
        for (String pair : selected == null ? List.<String>of() : selected) {
            String[] parts = pair.split(":");
            try {
                versions.add(new ReviewQueue.Version(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
            } catch (RuntimeException e) {
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, "report must be id:version, was " + pair);
            }
        }
        return versions;
    }

    /** Back to the queue with its filter; only a query string of the queue's own parameters is kept. */
    private static String back(String query) {
        if (query != null && query.matches("(plan|period|unit)=\\d*(&(plan|period|unit)=\\d*)*")) {
            return "redirect:/office/review?" + query;
        }
        return "redirect:/office/review";
    }

    /** The queue's filter as chosen. */
    record Filter(Long plan, Long period, Long unit) {
        /** @return the filter as a query string (without "?") */
        public String query() {
            List<String> parts = new ArrayList<>();
            if (plan != null) {
                parts.add("plan=" + plan);
            }
            if (period != null) {
                parts.add("period=" + period);
            }
            if (unit != null) {
                parts.add("unit=" + unit);
            }
            return String.join("&", parts);
        }
    }
}

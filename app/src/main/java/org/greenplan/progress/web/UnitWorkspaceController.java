package org.greenplan.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportProblem;
import org.greenplan.progress.UnitWorkspace;
import org.greenplan.progress.WorkspacePanel;
import org.greenplan.shared.PeriodNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's workspace: {@code /my} (本期待填报 and plans to acknowledge) and {@code /my/periods/{id}}, all the
 * unit's tasks of one period with inline forms saved through htmx, submit per task or all drafts at
 * once, and for a unit leader the submitted reports awaiting the unit's approval.
 */
@Controller
class UnitWorkspaceController {
    private static final String CARD = "progress/period :: card";

    private final UnitWorkspace workspace;
    private final WorkspacePages pages;
    private final ProgressReports reports;
    private final CurrentActor currentActor;
    private final ReportMessages messages;
    private final KeptWorkspaceSection section;
    private final ObjectProvider<WorkspacePanel> panels;
    private final PeriodNames periodNames;

    UnitWorkspaceController(
            UnitWorkspace workspace,
            WorkspacePages pages,
            ProgressReports reports,
            CurrentActor currentActor,
            ReportMessages messages,
            KeptWorkspaceSection section,
            ObjectProvider<WorkspacePanel> panels,
            PeriodNames periodNames) {
        this.workspace = workspace;
        this.pages = pages;
        this.reports = reports;
        this.currentActor = currentActor;
        this.messages = messages;
        this.section = section;
        this.panels = panels;
        this.periodNames = periodNames;
    }

    /**
     * The unit's part is rendered once per kept answer and language ({@link KeptWorkspaceSection}); other modules'
     * {@link WorkspacePanel}s (the latest 批示) are rendered into the page, not fetched by a second request.
     */
    @GetMapping("/my")
    String showWorkspace(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        Actor actor = currentActor.require();
        long unitId = WorkspacePages.unitOf(actor);
        UnitWorkspace.Workspace mine = workspace.of(actor, unitId);
        model.addAttribute("dueSection", section.html(mine, locale, request, response));
        List<String> fragments = new ArrayList<>();
        panels.orderedStream().forEach(panel -> {
            model.addAllAttributes(panel.variables(unitId));
            fragments.add(panel.fragment());
        });
        model.addAttribute("panels", fragments);
        return "progress/workspace";
    }

    @GetMapping("/my/periods/{periodId}")
    String showPeriod(@PathVariable long periodId, Model model) {
        Actor actor = currentActor.require();
        var work = pages.work(actor, periodId);
        return period(actor, work, pages.cards(actor, work), model);
    }

    private String period(Actor actor, UnitWorkspace.PeriodWork work, List<TaskCard> cards, Model model) {
        model.addAttribute("work", work);
        // the browser tab's title is a fragment parameter, where templates may not call beans
        model.addAttribute("periodName", periodNames.of(work.period().label()));
        model.addAttribute("cards", cards);
        model.addAttribute("unitLeader", actor.has(org.greenplan.accounts.Role.UNIT_LEADER) && !actor.actingAs());
        return "progress/period";
    }

    @PostMapping("/my/periods/{periodId}/tasks/{taskId}/draft")
    String processTaskDraft(
            @PathVariable long periodId,
            @PathVariable long taskId,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        return act(periodId, taskId, params, false, request, model, flash);
    }

    @PostMapping("/my/periods/{periodId}/tasks/{taskId}/submission")
    String processTaskSubmission(
            @PathVariable long periodId,
            @PathVariable long taskId,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        return act(periodId, taskId, params, true, request, model, flash);
    }

    @PostMapping("/my/periods/{periodId}/submission")
    String processDraftsSubmission(@PathVariable long periodId, RedirectAttributes flash) {
        WorkspacePages.Outcome outcome = pages.submitDrafts(currentActor.require(), periodId);
        flash.addFlashAttribute("notice", messages.text("workspace.submittedAll", outcome.done()));
        if (!outcome.refused().isEmpty()) {
            flash.addFlashAttribute("error", String.join("；", outcome.refused()));
        }
        return "redirect:/my/periods/" + periodId;
    }

    @PostMapping("/my/periods/{periodId}/reports/{reportId}/unit-approval")
    String processUnitApproval(
            @PathVariable long periodId,
            @PathVariable long reportId,
            @RequestParam int rowVersion,
            RedirectAttributes flash) {
        Actor actor = currentActor.require();
        try {
            reports.approveForUnit(actor, reportId, rowVersion);
            flash.addFlashAttribute("notice", messages.text("progress.notice.unitApproved"));
        } catch (ReportProblem e) {
            flash.addFlashAttribute("error", messages.text(e));
        } catch (PeriodLockedException e) {
            flash.addFlashAttribute("error", messages.locked(e));
        }
        return "redirect:/my/periods/" + periodId;
    }

    private String act(
            long periodId,
            long taskId,
            MultiValueMap<String, String> params,
            boolean submit,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Actor actor = currentActor.require();
        TaskCard card = pages.act(actor, periodId, taskId, ReportForm.of(params), submit);
        if (request.getHeader("HX-Request") != null) {
            model.addAttribute("card", card);
            return CARD;
        }
        if (card.page().error() != null) {
            // without htmx a refusal shows the whole period page with this task's form as typed, not a redirect
            // that would reload the stored text and lose what the user typed
            var work = pages.work(actor, periodId);
            model.addAttribute("error", card.page().error());
            return period(actor, work, pages.cards(actor, work, card), model);
        }
        flash.addFlashAttribute("notice", card.page().notice());
        return "redirect:/my/periods/" + periodId + "#task-" + taskId;
    }
}

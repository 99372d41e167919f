package org.greenplan.progress.web;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.progress.DueItem;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportKey;
import org.greenplan.progress.ReportProblem;
import org.greenplan.progress.ReportState;
import org.greenplan.progress.UnitWorkspace;
import org.greenplan.progress.UnitWorkspace.PeriodWork;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Builds the unit's period page (all its tasks of one period with inline forms) and runs its actions:
 * a task's save or submit answers with that task's card only, with its own notice or errors.
 */
@Component
class WorkspacePages {
    private final UnitWorkspace workspace;
    private final ReportPages pages;
    private final ProgressReports reports;
    private final ReportMessages messages;

    WorkspacePages(UnitWorkspace workspace, ReportPages pages, ProgressReports reports, ReportMessages messages) {
        this.workspace = workspace;
        this.pages = pages;
        this.reports = reports;
        this.messages = messages;
    }

    PeriodWork work(Actor actor, long periodId) {
        return workspace.period(actor, periodId, unitOf(actor));
    }

    List<TaskCard> cards(Actor actor, PeriodWork work) {
        return work.items().stream()
                .map(item -> new TaskCard(item, pages.show(actor, key(actor, work, item), null)))
                .toList();
    }

    /** @return the period's cards as stored, except {@code typed}'s task, which shows the form as typed */
    List<TaskCard> cards(Actor actor, PeriodWork work, TaskCard typed) {
        return cards(actor, work).stream()
                .map(card -> card.item().task().id() == typed.item().task().id() ? typed : card)
                .toList();
    }

    /** Saves (or, with {@code submit}, submits) one task's form; the card comes back with the outcome. */
    TaskCard act(Actor actor, long periodId, long taskId, ReportForm form, boolean submit) {
        ReportKey key = new ReportKey(taskId, unitOf(actor), periodId);
        ReportPage page = submit ? pages.submit(actor, key, form) : pages.save(actor, key, form);
        DueItem item = work(actor, periodId)
                .item(taskId)
                .orElseThrow(() -> new AccessDeniedException("task " + taskId + " does not name unit " + key.unitId()));
        return new TaskCard(item, page);
    }

    /**
     * Submits every stored DRAFT of the unit in the period as saved.
     *
     * @return how many were submitted and, per refused task, "number: reason"
     */
    Outcome submitDrafts(Actor actor, long periodId) {
        PeriodWork work = work(actor, periodId);
        int submitted = 0;
        List<String> refused = new ArrayList<>();
        for (DueItem item : work.items()) {
            if (item.report() == null || item.report().state() != ReportState.DRAFT) {
                continue;
            }
            try {
                var stored = reports.show(actor, item.report().id()).report();
                reports.submit(actor, stored.key(), ReportForm.of(stored).input(), stored.rowVersion());
                submitted++;
            } catch (ReportProblem e) {
                refused.add(messages.text("workspace.task", item.task().number()) + messages.text(e));
            } catch (PeriodLockedException e) {
                refused.add(messages.text("workspace.task", item.task().number()) + messages.locked(e));
            }
        }
        return new Outcome(submitted, refused);
    }

    private static ReportKey key(Actor actor, PeriodWork work, DueItem item) {
        return new ReportKey(item.task().id(), unitOf(actor), work.period().id());
    }

    static long unitOf(Actor actor) {
        if (actor.unitId() == null) {
            throw new AccessDeniedException(actor.username() + " speaks for no unit");
        }
        return actor.unitId();
    }

    /** What a bulk action did: how many succeeded and why each other one was refused. */
    record Outcome(int done, List<String> refused) {}
}

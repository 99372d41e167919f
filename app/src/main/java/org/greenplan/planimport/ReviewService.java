package org.greenplan.planimport;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenplan.organisation.ResolvedUnit;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanState;
import org.greenplan.plan.PlanStateException;
import org.greenplan.plan.draft.AssignmentEdit;
import org.greenplan.plan.draft.Drafts;
import org.greenplan.plan.draft.TargetEdit;
import org.greenplan.plan.draft.TaskEdit;
import org.greenplan.plan.view.TaskView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door through which a draft plan is changed in review: saving a task (text and deadline,
 * units — typed names resolved through the directory of the plan's region — and targets), merging it with the next task,
 * splitting it, and discarding the draft. Each method is one transaction that first locks the plan and
 * refuses it unless it is a DRAFT ({@link #requireDraft}, the only such check); a published plan is
 * changed only by an audited amendment. Every change is recorded in the audit trail ({@link ReviewAudit}):
 * a save with its changed fields (none when nothing changed), a merge, a split, a discarded draft.
 *
 * <p>Every method throws {@link NoSuchElementException} when the plan (or the task) does not exist
 * and {@link PlanStateException} when the plan is not a DRAFT.
 */
@Service
public class ReviewService {
    private final Drafts drafts;
    private final PlanCatalog catalog;
    private final UnitDirectory directory;

    private final org.greenplan.plan.PlanStore plans;
    private final ReviewAudit audit;

    ReviewService(
            Drafts drafts,
            PlanCatalog catalog,
            UnitDirectory directory,
            org.greenplan.plan.PlanStore plans,
            ReviewAudit audit) {
        this.plans = plans;
        this.audit = audit;
        this.drafts = drafts;
        this.catalog = catalog;
        this.directory = directory;
    }

    /**
     * Checks that the plan can still be corrected in review (before showing an edit form).
     *
     * @throws PlanStateException when it is not a DRAFT
     */
    @Transactional
    public void checkEditable(long planId) {
        requireDraft(planId);
    }

    /**
     * @param planId  the draft plan
     * @param taskId  the task
     * @param version the task's version the correction was made from ({@code TaskView.version()})
     * @param task    corrected text and deadline
     * @param units   units in order; blank names are ignored
     * @param targets targets in order; the n-th keeps its identity and reported values
     * @throws StaleEditException when someone saved the task since {@code version} (nothing is saved)
     * @throws DraftEditException when a correction is invalid (nothing is saved then)
     */
    @Transactional
    public void saveTask(
            long planId, long taskId, int version, TaskEdit task, List<UnitLine> units, List<TargetEdit> targets) {
        requireDraft(planId);
        drafts.taskText(planId, taskId);
        requireVersion(planId, taskId, version);
        ReviewRules.checkTask(task);
        List<AssignmentEdit> assignments = resolve(planId, units);
        ReviewRules.checkAssignments(assignments);
        targets.forEach(ReviewRules::checkTarget);
        TaskView before = task(planId, taskId);
        drafts.updateTask(taskId, task);
        drafts.replaceAssignments(taskId, assignments);
        drafts.replaceTargets(taskId, drafts.taskText(planId, taskId), targets);
        audit.saved(before, task(planId, taskId));
    }

    /**
     * Merges the next task (in document order) into this one: texts joined, units and targets added.
     *
     * @param version the task's version the merge was asked from
     * @throws StaleEditException when someone saved the task since {@code version}
     * @throws DraftEditException when this is the last task
     */
    @Transactional
    public void mergeWithNext(long planId, long taskId, int version) {
        requireDraft(planId);
        drafts.taskText(planId, taskId);
        requireVersion(planId, taskId, version);
        Optional<TaskView> next = next(planId, taskId);
        if (!drafts.mergeWithNext(planId, taskId)) {
            throw new DraftEditException("draft.mergeLast");
        }
        audit.merged(task(planId, taskId), next);
    }

    /**
     * Splits a task in two at a character offset of its text; the second part becomes a new task
     * right after it, numbered {@code N-2}, with the same units and the targets whose phrase falls
     * in it.
     *
     * @throws DraftEditException when the offset leaves either part blank
     */
    @Transactional
    public void split(long planId, long taskId, int at) {
        requireDraft(planId);
        String text = drafts.taskText(planId, taskId);
        ReviewRules.checkSplit(text, at);
        drafts.split(planId, taskId, text, at);
        drafts.touch(taskId);
        audit.split(task(planId, taskId), next(planId, taskId));
    }

    private void requireVersion(long planId, long taskId, int version) {
        if (!drafts.advanceVersion(planId, taskId, version)) {
            throw new StaleEditException(taskId, version);
        }
    }

    /**
     * Deletes a DRAFT plan with everything imported with it; then the directory forgets the units an
     * import created (unconfirmed) that no plan names any more.
     */
    @Transactional
    public void discard(long planId) {
        requireDraft(planId);
        String described = catalog.plan(planId)
                .map(p -> p.title() + " (" + p.state() + ")")
                .orElse(null);
        drafts.delete(planId);
        audit.discarded(planId, described);
        directory.removeUnconfirmedExcept(catalog.namedUnitIds());
    }

    /**
     * Discards a plan: a DRAFT as {@link #discard(long)}; a PUBLISHED plan only while nothing was reported
     * against it (published by mistake), with the reason kept in the audit trail, and the units only it
     * named. The one place outside review that deletes a plan.
     *
     * @param reason why, or null
     * @throws PlanStateException when the plan is withdrawn, or published with reported values
     */
    @Transactional
    public void discard(long planId, String reason) {
        if (drafts.lockState(planId) == PlanState.DRAFT) {
            discard(planId);
            return;
        }
        plans.discardPublished(planId, reason);
        directory.removeUnconfirmedExcept(catalog.namedUnitIds());
    }

    private TaskView task(long planId, long taskId) {
        return catalog.task(planId, taskId).orElseThrow(() -> new NoSuchElementException("task " + taskId));
    }

    /** @return the task after {@code taskId} in document order, if any */
    private Optional<TaskView> next(long planId, long taskId) {
        List<Long> ids = catalog.tasks(planId, null).stream().map(TaskView::id).toList();
        int at = ids.indexOf(taskId);
        return at >= 0 && at + 1 < ids.size() ? catalog.task(planId, ids.get(at + 1)) : Optional.empty();
    }

    /**
     * Locks the plan for the rest of the transaction; the one place a non-DRAFT plan is refused, saying whether it
     * is published or withdrawn.
     */
    private void requireDraft(long planId) {
        PlanState state = drafts.lockState(planId);
        if (state == PlanState.WITHDRAWN) {
            throw new PlanStateException("plan.state.withdrawnNoEdit", String.valueOf(planId));
        }
        if (state != PlanState.DRAFT) {
            throw new PlanStateException("plan.state.publishedNoEdit", String.valueOf(planId));
        }
    }

    /**
     * Resolves typed unit names in the directory of the plan's region ({@code plan.region_id}), never the signed-in
     * office's: the city office correcting a county's draft picks, and creates, units of that county.
     */
    private List<AssignmentEdit> resolve(long planId, List<UnitLine> units) {
        List<UnitLine> named = units.stream()
                .filter(u -> u.name() != null && !u.name().isBlank())
                .map(u -> new UnitLine(u.name().strip(), u.role()))
                .toList();
        long regionId = catalog.regionOf(planId).orElseThrow(() -> NotFoundException.plan(planId));
        Map<String, Long> ids = directory
                .resolveAll(regionId, named.stream().map(UnitLine::name).toList())
                .stream()
                .collect(Collectors.toMap(ResolvedUnit::printedName, ResolvedUnit::unitId));
        return named.stream()
                .map(u -> new AssignmentEdit(ids.get(u.name()), u.role(), u.name()))
                .toList();
    }
}

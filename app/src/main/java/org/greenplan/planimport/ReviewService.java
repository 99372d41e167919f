package org.greenplan.planimport;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenplan.organisation.ResolvedUnit;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.plan.AssignmentEdit;
import org.greenplan.plan.DraftEditException;
import org.greenplan.plan.DraftEditor;
import org.greenplan.plan.TargetEdit;
import org.greenplan.plan.TaskEdit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the office's corrections to one task of a draft plan in a single transaction: text and
 * deadline, units (typed names resolved through the directory) and targets.
 */
@Service
public class ReviewService {
    private final DraftEditor editor;
    private final UnitDirectory directory;

    ReviewService(DraftEditor editor, UnitDirectory directory) {
        this.editor = editor;
        this.directory = directory;
    }

    /**
     * @param planId  the draft plan
     * @param taskId  the task
     * @param task    corrected text and deadline
     * @param units   units in order; blank names are ignored
     * @param targets targets in order
     * @throws DraftEditException when a correction is invalid (nothing is saved then)
     * @throws org.greenplan.plan.PlanStateException when the plan is already published
     */
    @Transactional
    public void saveTask(long planId, long taskId, TaskEdit task, List<UnitLine> units, List<TargetEdit> targets) {
        editor.updateTask(planId, taskId, task);
        editor.replaceAssignments(planId, taskId, resolve(units));
        editor.replaceTargets(planId, taskId, targets);
    }

    private List<AssignmentEdit> resolve(List<UnitLine> units) {
        List<UnitLine> named = units.stream()
                .filter(u -> u.name() != null && !u.name().isBlank())
                .map(u -> new UnitLine(u.name().strip(), u.role()))
                .toList();
        long regionId = directory.defaultRegion().id();
        Map<String, Long> ids = directory
                .resolveAll(regionId, named.stream().map(UnitLine::name).toList())
                .stream()
                .collect(Collectors.toMap(ResolvedUnit::printedName, ResolvedUnit::unitId));
        return named.stream()
                .map(u -> new AssignmentEdit(ids.get(u.name()), u.role(), u.name()))
                .toList();
    }
}

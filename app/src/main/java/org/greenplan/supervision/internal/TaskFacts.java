package org.greenplan.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.PlanTimeliness.Slot;
import org.greenplan.targets.TrackedTarget;

/**
 * What the status rules look at for one task on one date.
 *
 * @param task     the task (deadline, responsible units)
 * @param targets  its targets evaluated on {@code on} (approved values only)
 * @param approved its units' latest approved reports of periods ending on or before {@code on}
 * @param slots    its units' reports per reportable period ({@code progress::PlanTimeliness})
 * @param on       the date the status holds on
 * @param knownBy  submissions made up to this day count (late, not missing): {@code on} for a reading of an
 *                 earlier day, {@link LocalDate#MAX} for the plan's current reading ({@code Supervision.asOf})
 */
public record TaskFacts(
        TaskView task,
        List<TrackedTarget> targets,
        List<ApprovedProgress.Approved> approved,
        List<Slot> slots,
        LocalDate on,
        LocalDate knownBy) {

    public TaskFacts {
        targets = List.copyOf(targets);
        approved = List.copyOf(approved);
        slots = List.copyOf(slots);
        knownBy = knownBy == null || knownBy.isBefore(on) ? on : knownBy;
    }

    /** Facts of a reading that knows only what was submitted by {@code on}. */
    public TaskFacts(
            TaskView task,
            List<TrackedTarget> targets,
            List<ApprovedProgress.Approved> approved,
            List<Slot> slots,
            LocalDate on) {
        this(task, targets, approved, slots, on, on);
    }
}

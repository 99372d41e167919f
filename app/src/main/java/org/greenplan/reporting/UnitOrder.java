package org.greenplan.reporting;

import java.util.Comparator;
import java.util.List;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ApprovedProgress;

/** Orders a task's unit reports as the ledger shows them: lead units first, then the others as printed. */
final class UnitOrder {
    private UnitOrder() {}

    /** @return the reports, lead units first, then in the task's printed unit order; unknown units last */
    static List<ApprovedProgress.Approved> leadFirst(TaskView task, List<ApprovedProgress.Approved> reports) {
        return reports.stream()
                .sorted(Comparator.comparingInt(r -> rank(task, r.unitId())))
                .toList();
    }

    /** @return whether some unit has a pending submission for a later period than its latest approved one */
    static boolean newerPending(List<ApprovedProgress.Approved> approved, List<ApprovedProgress.Pending> pending) {
        return pending.stream()
                .anyMatch(p -> approved.stream()
                        .filter(a -> a.unitId() == p.unitId())
                        .allMatch(a -> p.periodEnd().isAfter(a.periodEnd())));
    }

    /** @return the unit's name as the task lists it, or its id when the task no longer names it */
    static String name(TaskView task, long unitId) {
        return task.units().stream()
                .filter(u -> u.unitId() == unitId)
                .map(AssignedUnit::name)
                .findFirst()
                .orElse("#" + unitId);
    }

    private static int rank(TaskView task, long unitId) {
        List<AssignedUnit> units = task.units();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).unitId() == unitId) {
                return "LEAD".equals(units.get(i).role()) ? i : units.size() + i;
            }
        }
        return 2 * units.size();
    }
}

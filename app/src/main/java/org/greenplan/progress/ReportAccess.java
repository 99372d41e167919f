package org.greenplan.progress;

import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TaskView;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read and write which report, from the {@link Actor} (issue 9, security): a unit's reporter or
 * leader, or an office admin acting as that unit, reads and writes only its own unit's reports on tasks
 * the unit is assigned to; only that unit's leader approves for the unit; only the office (not acting as
 * a unit) approves and returns; leaders and the office read everything. Refusals throw Spring's
 * {@link AccessDeniedException} (403).
 */
final class ReportAccess {
    private ReportAccess() {}

    static void requireRead(Actor actor, TaskView task, long unitId) {
        if (actor.isOffice() || actor.has(Role.LEADER)) {
            return;
        }
        requireUnitMember(actor, task, unitId);
    }

    static void requireWrite(Actor actor, TaskView task, long unitId) {
        requireUnitMember(actor, task, unitId);
    }

    static void requireUnitLeader(Actor actor, TaskView task, long unitId) {
        if (!actor.has(Role.UNIT_LEADER) || actor.actingAs()) {
            throw denied(actor, "approve for unit " + unitId);
        }
        requireUnitMember(actor, task, unitId);
    }

    static void requireOffice(Actor actor) {
        if (!actor.isOffice()) {
            throw denied(actor, "decide as the office");
        }
    }

    private static void requireUnitMember(Actor actor, TaskView task, long unitId) {
        boolean speaksAsUnit = actor.actingAs() || actor.has(Role.UNIT_REPORTER) || actor.has(Role.UNIT_LEADER);
        if (!speaksAsUnit || !actor.speaksFor(unitId) || !assigned(task, unitId)) {
            throw denied(actor, "report of unit " + unitId + " on task " + task.id());
        }
    }

    static boolean assigned(TaskView task, long unitId) {
        return task.units().stream().anyMatch(u -> u.unitId() == unitId);
    }

    /** @return the lead unit: the first marked LEAD, else the first named (the document marks none) */
    static long leadUnit(TaskView task) {
        return task.units().stream()
                .filter(u -> "LEAD".equals(u.role()))
                .findFirst()
                .or(() -> task.units().stream().findFirst())
                .map(AssignedUnit::unitId)
                .orElse(-1L);
    }

    private static AccessDeniedException denied(Actor actor, String what) {
        return new AccessDeniedException(actor.username() + " may not " + what);
    }
}

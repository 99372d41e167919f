package org.greenplan.closeout;

import java.util.Optional;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and file what, checked from the {@link Actor} so pages and any later API share one check:
 * the office and leaders read every task's requests; a unit reads those of tasks that name it; the lead
 * unit (the first responsible unit where none is marked) files close-out and change requests; the office
 * files change requests itself and decides.
 */
@Component
class TaskAccess {
    private final JdbcClient jdbc;
    private final PlanCatalog catalog;

    TaskAccess(JdbcClient jdbc, PlanCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** A task with its plan. */
    record Located(PlanSummary plan, TaskView task) {
        /** @return the lead unit, else the first responsible unit, else null */
        Long filingUnit() {
            return task.units().stream()
                    .filter(u -> "LEAD".equals(u.role()))
                    .map(AssignedUnit::unitId)
                    .findFirst()
                    .orElse(task.units().isEmpty() ? null : task.units().get(0).unitId());
        }

        boolean names(long unitId) {
            return task.units().stream().anyMatch(u -> u.unitId() == unitId);
        }
    }

    /** @throws NotFoundException when there is no such task */
    Located locate(long taskId) {
        Optional<Long> planId = jdbc.sql("select plan_id from task where id = ?")
                .param(taskId)
                .query(Long.class)
                .optional();
        PlanSummary plan =
                planId.flatMap(catalog::plan).orElseThrow(() -> new NotFoundException("error.notFound.task"));
        TaskView task = catalog.task(plan.id(), taskId).orElseThrow(() -> new NotFoundException("error.notFound.task"));
        return new Located(plan, task);
    }

    /** @throws AccessDeniedException when the actor is neither office nor leader nor one of the task's units */
    void requireReader(Actor actor, Located task) {
        boolean unit = actor.unitId() != null && task.names(actor.unitId());
        if (!unit && !actor.isOffice() && !actor.has(Role.LEADER)) {
            throw new AccessDeniedException(
                    actor.username() + " may not read task " + task.task().id());
        }
    }

    /**
     * @return the unit the actor files for: its own unit, or null when the office files a change itself
     * @throws AccessDeniedException when the actor is not one of the task's units (nor the office, for changes)
     * @throws CloseoutRefusal       when the unit is on the task but is not the one that files, or the plan is
     *                               not published
     */
    Long requireFiler(Actor actor, Located task, RequestKind kind) {
        if (!task.plan().published()) {
            throw new CloseoutRefusal("closeout.refused.notPublished");
        }
        if (actor.unitId() == null) {
            if (actor.isOffice() && kind != RequestKind.CLOSEOUT) {
                return null;
            }
            throw new AccessDeniedException(actor.username() + " does not speak for a unit");
        }
        if (!task.names(actor.unitId())) {
            throw new AccessDeniedException(
                    actor.username() + " is not on task " + task.task().id());
        }
        Long filing = task.filingUnit();
        if (!actor.unitId().equals(filing)) {
            String lead = task.task().units().stream()
                    .filter(u -> u.unitId() == filing)
                    .map(AssignedUnit::name)
                    .findFirst()
                    .orElse("");
            throw new CloseoutRefusal("closeout.refused.notLead", lead);
        }
        return actor.unitId();
    }

    /** @throws AccessDeniedException when the actor is not the office */
    static Actor requireOffice(Actor actor) {
        if (!actor.isOffice()) {
            throw new AccessDeniedException("office only: " + actor.username());
        }
        return actor;
    }
}

package org.greenplan.closeout;

import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.TaskView;
import org.greenplan.supervision.SupervisedTask;

/**
 * What a close-out or change page shows about one task.
 *
 * @param plan       its plan
 * @param task       the task as published (amendments included)
 * @param requests   its requests, newest first
 * @param status     its supervision status today, or null when the plan is not supervised
 * @param filingUnit the unit that may file close-out and change requests (the lead unit, or the first
 *                   responsible unit when none is marked), or null when the task names none
 */
public record TaskCase(PlanSummary plan, TaskView task, TaskRequests requests, SupervisedTask status, Long filingUnit) {

    /** @return whether the task has ended (closed out or cancelled) */
    public boolean ended() {
        return requests.ending().isPresent();
    }
}

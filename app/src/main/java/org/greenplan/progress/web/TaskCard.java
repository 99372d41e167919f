package org.greenplan.progress.web;

import org.greenplan.progress.DueItem;

/**
 * One task on the unit's period page: its deadline and state, with the inline form.
 *
 * @param item the task's deadline and report state
 * @param page the form (as stored, or as typed with what is wrong) with this card's notice or error
 */
record TaskCard(DueItem item, ReportPage page) {

    /** @return the element id the card's htmx requests replace */
    public String elementId() {
        return "task-" + item.task().id();
    }
}

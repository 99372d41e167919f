package org.greenplan.progress;

import org.greenplan.periods.ReportingPeriod;
import org.greenplan.plan.view.TaskView;

/**
 * One task a unit reports on in one open period (本期待填报), with its deadline and where its report stands.
 *
 * @param planTitle the plan's title
 * @param period    the open period
 * @param task      the task
 * @param lead      whether the unit is the task's lead unit (its due date is the lead units')
 * @param due       the due date with the unit's extension and grace ({@link Deadline})
 * @param report    the stored report, or null when the unit has not saved one
 */
public record DueItem(
        String planTitle, ReportingPeriod period, TaskView task, boolean lead, Deadline due, ReportStatus report) {

    /**
     * @return the report's state for the list: NOT_STARTED (未填报) when none is stored, else the
     *         {@link ReportState} name
     */
    public String state() {
        return report == null ? "NOT_STARTED" : report.state().name();
    }

    /** @return whether the unit still has to submit (nothing stored, a draft, or returned) */
    public boolean open() {
        return report == null || report.state().editable();
    }

    /** @return whether the report was first submitted after the last on-time day */
    public boolean late() {
        return report != null && report.submitted() && due.lateOn(report.firstSubmitted());
    }
}

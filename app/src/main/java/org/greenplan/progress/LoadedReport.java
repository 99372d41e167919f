package org.greenplan.progress;

import java.time.LocalDate;
import org.greenplan.plan.view.TaskView;

/**
 * A report of past activity to load in bulk ({@link BulkReports}): submitted once, and approved by the
 * office or still waiting for its decision.
 *
 * @param planId        the plan
 * @param task          the task, as the catalog reads it (its targets name the values)
 * @param key           task, unit and period
 * @param reportedMonth the first day of the month the period ends in
 * @param content       what the unit submitted
 * @param submitted     who submitted it, and when
 * @param approved      who approved it, and when; null for a report still SUBMITTED
 */
public record LoadedReport(
        long planId,
        TaskView task,
        ReportKey key,
        LocalDate reportedMonth,
        ReportContent content,
        Stamp submitted,
        Stamp approved) {

    /** @return the state the workflow would have left the report in */
    public ReportState state() {
        return approved == null ? ReportState.SUBMITTED : ReportState.APPROVED;
    }
}

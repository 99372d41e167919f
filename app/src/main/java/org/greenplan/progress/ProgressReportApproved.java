package org.greenplan.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * The office approved a progress report: its values now count. Listeners (the targets module) record
 * the values for {@code reportedMonth} in the same transaction as the approval.
 *
 * @param reportId      the report
 * @param planId        the plan
 * @param key           task, unit and period
 * @param submission    the submission approved
 * @param reportedMonth the first day of the month the period ends in (2022-06-01 for 2022-06 and 2022Q2):
 *                      the month the values describe
 * @param values        the approved values, one per target that has one, in the target's level unit
 * @param by            who approved it, and when
 */
public record ProgressReportApproved(
        long reportId,
        long planId,
        ReportKey key,
        int submission,
        LocalDate reportedMonth,
        List<ReportValue> values,
        Stamp by) {

    public ProgressReportApproved {
        values = List.copyOf(values);
    }
}

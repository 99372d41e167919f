package org.greenplan.progress;

import java.time.Instant;

/**
 * Where one stored report stands, for lists (the unit's workspace, the submission matrix, the review
 * queue); the report itself is read with {@link ProgressReports#show}.
 *
 * @param id              the {@code progress_report} id
 * @param planId          the plan
 * @param periodId        the reporting period
 * @param taskId          the task
 * @param unitId          the reporting unit
 * @param state           its state
 * @param rowVersion      the optimistic-lock version a decision must name
 * @param submission      number of submissions so far (0 for a draft never submitted)
 * @param firstSubmitted  when it was first submitted (what on time is judged by), or null
 * @param lastSubmitted   when it was last submitted, or null
 * @param returnReason    why the office returned it (only while RETURNED), or null
 */
public record ReportStatus(
        long id,
        long planId,
        long periodId,
        long taskId,
        long unitId,
        ReportState state,
        int rowVersion,
        int submission,
        Instant firstSubmitted,
        Instant lastSubmitted,
        String returnReason) {

    /** @return whether the unit has submitted it at least once */
    public boolean submitted() {
        return firstSubmitted != null;
    }
}

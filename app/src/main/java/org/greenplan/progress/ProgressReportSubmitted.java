package org.greenplan.progress;

import java.time.Instant;

/**
 * A unit submitted (or resubmitted) its progress report.
 *
 * @param reportId   the report
 * @param planId     the plan
 * @param key        task, unit and period
 * @param submission 1 for the first submission, 2 for the first resubmission …
 * @param by         who submitted, and when
 */
public record ProgressReportSubmitted(long reportId, long planId, ReportKey key, int submission, Stamp by) {

    /** @return when it was submitted */
    public Instant at() {
        return by.at();
    }
}

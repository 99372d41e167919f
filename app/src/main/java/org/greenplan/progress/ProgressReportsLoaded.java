package org.greenplan.progress;

import java.util.List;

/**
 * Reports were loaded in bulk ({@link BulkReports}): one event for the whole batch instead of one
 * {@link ProgressReportApproved} each, so listeners (the targets module) can write their rows in batches
 * too, in the same transaction.
 *
 * @param approved the approvals, as {@link ProgressReportApproved} would have told them one by one
 */
public record ProgressReportsLoaded(List<ProgressReportApproved> approved) {

    public ProgressReportsLoaded {
        approved = List.copyOf(approved);
    }
}

package org.greenplan.progress;

import java.util.List;

/**
 * Reports were loaded in bulk ({@link BulkReports}): one event for the whole batch instead of one
 * {@link ProgressReportApproved} each, so listeners (the targets module) can write their rows in batches
 * too, in the same transaction.
 *
 * @param approved the approvals, as {@link ProgressReportApproved} would have told them one by one
 * @param planIds  every plan a loaded report belongs to, approved or only submitted (the dashboard's counts of
 *                 each change)
 */
public record ProgressReportsLoaded(List<ProgressReportApproved> approved, java.util.Set<Long> planIds) {

    public ProgressReportsLoaded {
        approved = List.copyOf(approved);
        planIds = java.util.Set.copyOf(planIds);
    }
}

package org.greenplan.targets;

import org.greenplan.progress.ProgressReportApproved;
import org.greenplan.progress.ReportValue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records an approved progress report's values as the targets' reported values for the report's month.
 * It listens inside the approving transaction (a plain {@link EventListener}, not an asynchronous
 * module listener): the approval and the values the panel shows are stored together or not at all.
 */
@Component
public class ApprovedReportValues {
    private final TargetTracking tracking;

    ApprovedReportValues(TargetTracking tracking) {
        this.tracking = tracking;
    }

    @EventListener
    void on(ProgressReportApproved approved) {
        for (ReportValue value : approved.values()) {
            tracking.recordApprovedValue(
                    approved.planId(),
                    approved.key().taskId(),
                    value.targetId(),
                    approved.reportedMonth(),
                    value.value(),
                    value.approximate(),
                    approved.reportId());
        }
    }
}

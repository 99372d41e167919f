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
    private final org.greenplan.targets.internal.TargetStore store;

    ApprovedReportValues(TargetTracking tracking, org.greenplan.targets.internal.TargetStore store) {
        this.tracking = tracking;
        this.store = store;
    }

    /**
     * Records the values of reports loaded in bulk, in batches; unlike a single approval no plan year is
     * checked (the loader writes reports of the plan's own periods).
     */
    @EventListener
    void on(org.greenplan.progress.ProgressReportsLoaded loaded) {
        store.addReportedValues(loaded.approved().stream()
                .flatMap(a -> a.values().stream()
                        .map(v -> new org.greenplan.targets.internal.TargetStore.ApprovedValue(
                                v.targetId(),
                                a.reportedMonth(),
                                v.value(),
                                v.approximate(),
                                a.reportId(),
                                a.by().at())))
                .toList());
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

package org.greenplan.progress.internal;

import org.greenplan.periods.PeriodClosed;
import org.greenplan.periods.PeriodOpened;
import org.greenplan.progress.ProgressReportsLoaded;
import org.greenplan.shared.SupervisionInputsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the units' kept workspace answers true, in the writing transaction (listeners run synchronously in the
 * publisher's transaction): a period opened, reopened or closed, and every change {@link SupervisionInputsChanged}
 * stands for (periods generated or added, an extension granted, a close-out, cancellation or adjustment, the
 * plan published, withdrawn or amended, supervision settings, target values, the calendar, a unit merged) raise
 * the plan's generation; reports loaded in bulk raise their plans'. A single report's writes raise its unit's
 * generation in {@link ReportStore#update}; an acknowledgement is read by {@link WorkspaceGenerations#of}
 * itself.
 */
@Component
class WorkspaceInvalidation {
    private final WorkspaceGenerations generations;

    WorkspaceInvalidation(WorkspaceGenerations generations) {
        this.generations = generations;
    }

    @EventListener
    void on(PeriodOpened opened) {
        generations.planChanged(opened.planId());
    }

    @EventListener
    void on(PeriodClosed closed) {
        generations.planChanged(closed.planId());
    }

    @EventListener
    void on(SupervisionInputsChanged changed) {
        if (changed.planId() == null) {
            generations.everyPlanChanged();
        } else {
            generations.planChanged(changed.planId());
        }
    }

    @EventListener
    void on(ProgressReportsLoaded loaded) {
        generations.plansChanged(loaded.planIds());
    }
}

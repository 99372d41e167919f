package org.greenplan.dashboard;

import org.greenplan.periods.PeriodClosed;
import org.greenplan.periods.PeriodOpened;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.progress.ProgressReportApproved;
import org.greenplan.progress.ProgressReportReturned;
import org.greenplan.progress.ProgressReportSubmitted;
import org.greenplan.progress.ProgressReportsLoaded;
import org.greenplan.progress.ReportKey;
import org.greenplan.shared.SupervisionInputsChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's two read models true, in the writing transaction. Every report submitted, returned or
 * approved, in any period, raises the plan's current generation ({@link CurrentResults#changed}: the running
 * period's counts change). And it makes a plan's stored closed-period results stale ({@link
 * ClosedPeriodResults#invalidate}, which raises the current generation too) on every event that can change a
 * closed period: a period reopened or closed, and a report submitted (under a lock
 * exception), returned or approved in a period that is closed (a late approval), and every other change
 * that reaches back into past periods ({@link SupervisionInputsChanged}: a close-out, an adjustment, settings,
 * an extension, target values and settings, the calendar). Every start of the application makes all stored
 * results stale, since a new release may compute statuses differently. Listeners run synchronously in the
 * publishing transaction, so the change and the new generation commit together.
 * Reports of open periods leave closed periods alone: no write during a deadline surge touches the stored
 * closed periods, only the plan's current generation.
 */
@Component
class PeriodResultInvalidation {
    private final ClosedPeriodResults results;
    private final CurrentResults current;
    private final ReportingPeriods periods;

    PeriodResultInvalidation(ClosedPeriodResults results, CurrentResults current, ReportingPeriods periods) {
        this.results = results;
        this.current = current;
        this.periods = periods;
    }

    @EventListener
    void on(PeriodOpened opened) {
        results.invalidate(opened.planId());
    }

    @EventListener
    void on(SupervisionInputsChanged changed) {
        if (changed.planId() == null) {
            results.invalidateEveryPlan();
        } else {
            results.invalidate(changed.planId());
        }
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        results.invalidateEveryPlan();
    }

    @EventListener
    void on(PeriodClosed closed) {
        results.invalidate(closed.planId());
    }

    @EventListener
    void on(ProgressReportSubmitted submitted) {
        ifClosed(submitted.planId(), submitted.key());
    }

    @EventListener
    void on(ProgressReportReturned returned) {
        ifClosed(returned.planId(), returned.key());
    }

    @EventListener
    void on(ProgressReportApproved approved) {
        ifClosed(approved.planId(), approved.key());
    }

    @EventListener
    void on(ProgressReportsLoaded loaded) {
        java.util.Set<Long> closedPlans = new java.util.TreeSet<>();
        loaded.approved().stream()
                .filter(a -> closed(a.key()))
                .map(ProgressReportApproved::planId)
                .forEach(closedPlans::add);
        closedPlans.forEach(results::invalidate);
        // in plan order, as every other writer raises one plan at a time: two batches never wait for each other
        new java.util.TreeSet<>(loaded.planIds())
                .stream().filter(planId -> !closedPlans.contains(planId)).forEach(current::changed);
    }

    /** A closed period's change raises both generations; any other report's change the current one. */
    private void ifClosed(long planId, ReportKey key) {
        if (closed(key)) {
            results.invalidate(planId);
        } else {
            current.changed(planId);
        }
    }

    private boolean closed(ReportKey key) {
        return periods.find(key.periodId())
                .map(p -> p.state() == PeriodState.CLOSED)
                .orElse(false);
    }
}

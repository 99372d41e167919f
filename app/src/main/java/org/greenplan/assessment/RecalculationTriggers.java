package org.greenplan.assessment;

import java.util.LinkedHashSet;
import java.util.Set;
import org.greenplan.periods.PeriodClosed;
import org.greenplan.periods.PeriodOpened;
import org.greenplan.progress.ProgressReportApproved;
import org.greenplan.progress.ProgressReportReturned;
import org.greenplan.progress.ProgressReportSubmitted;
import org.greenplan.progress.ProgressReportsLoaded;
import org.greenplan.scheduling.DayPassed;
import org.greenplan.shared.SupervisionInputsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Requests a {@link RoundRecalculation} of the plan on every event that can change a unit's computed score: a
 * report submitted (late or on time: timeliness), approved (values, completeness, status) or returned, a bulk
 * load of approved reports, a period opened or closed (periods counted), and {@link SupervisionInputsChanged}
 * (a close-out decided, a task cancelled or adjusted, an extension granted, a target's settings or values, the
 * plan's supervision settings, the working-day calendar).
 *
 * <p>Inside a transaction the plans are collected and each is recalculated once, just before the transaction
 * commits, after every other listener has written what follows from the change (the targets module records
 * approved values on the same event): the change and the scores commit together, or neither does. Outside a
 * transaction (the daily {@link DayPassed}) the recalculation runs in its own.
 */
@Component
class RecalculationTriggers {
    private static final Logger log = LoggerFactory.getLogger(RecalculationTriggers.class);

    private final RoundRecalculation recalculation;

    RecalculationTriggers(RoundRecalculation recalculation) {
        this.recalculation = recalculation;
    }

    @EventListener
    void on(ProgressReportSubmitted submitted) {
        request(submitted.planId());
    }

    @EventListener
    void on(ProgressReportApproved approved) {
        request(approved.planId());
    }

    @EventListener
    void on(ProgressReportReturned returned) {
        request(returned.planId());
    }

    @EventListener
    void on(ProgressReportsLoaded loaded) {
        loaded.approved().stream()
                .map(ProgressReportApproved::planId)
                .distinct()
                .forEach(this::request);
    }

    @EventListener
    void on(PeriodOpened opened) {
        request(opened.planId());
    }

    @EventListener
    void on(PeriodClosed closed) {
        request(closed.planId());
    }

    @EventListener
    void on(SupervisionInputsChanged changed) {
        request(changed.planId());
    }

    /** Scores taken on today's date move with it; a failure is logged and leaves the other daily jobs alone. */
    @EventListener
    void on(DayPassed day) {
        try {
            recalculation.recalculateEveryOpenRound();
        } catch (RuntimeException e) {
            log.error("recalculating the open assessment rounds on {} failed", day.today(), e);
        }
    }

    /** @param planId the plan, or null for every plan */
    private void request(Long planId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            Pending.run(recalculation, planId == null ? null : Set.of(planId));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending(this, recalculation);
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(planId);
    }

    /** The plans a transaction changed, recalculated once each before it commits. */
    private static final class Pending implements TransactionSynchronization {
        private final Object key;
        private final RoundRecalculation recalculation;
        private final Set<Long> plans = new LinkedHashSet<>();
        private boolean everyPlan;

        Pending(Object key, RoundRecalculation recalculation) {
            this.key = key;
            this.recalculation = recalculation;
        }

        void add(Long planId) {
            if (planId == null) {
                everyPlan = true;
            } else {
                plans.add(planId);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            run(recalculation, everyPlan ? null : plans);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }

        /** @param plans the plans, or null for every plan with an open round */
        static void run(RoundRecalculation recalculation, Set<Long> plans) {
            if (plans == null) {
                recalculation.recalculateEveryOpenRound();
            } else {
                plans.forEach(recalculation::recalculate);
            }
        }
    }
}

package org.greenplan.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.PlanSummary;
import org.springframework.stereotype.Component;

/**
 * The one rule for the date a plan's statuses are read on; {@link Supervision#asOf(long)} and {@link
 * Supervision#asOf(ReportingPeriod)} explain it and are the only way the other modules reach it.
 */
@Component
class ReadingDates {
    private final ReportingPeriods periods;
    private final Clock clock;

    ReadingDates(ReportingPeriods periods, Clock clock) {
        this.periods = periods;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return today, but not later than the end of the plan's reporting ({@link #reportingEnd}) */
    LocalDate ofPlan(PlanSummary plan) {
        LocalDate today = today();
        LocalDate end = reportingEnd(plan);
        return end != null && end.isBefore(today) ? end : today;
    }

    /** @return the period's last day, or today while it runs */
    LocalDate ofPeriod(ReportingPeriod period) {
        LocalDate today = today();
        return period.endsOn().isAfter(today) ? today : period.endsOn();
    }

    /**
     * @return the last day of the plan's last reporting period; without periods 31 December of the plan
     *     year; null when the plan has neither (no cap)
     */
    LocalDate reportingEnd(PlanSummary plan) {
        return periods.ofPlan(plan.id()).stream()
                .map(ReportingPeriod::endsOn)
                .max(Comparator.naturalOrder())
                .orElse(plan.planYear() == null ? null : LocalDate.of(plan.planYear(), 12, 31));
    }
}

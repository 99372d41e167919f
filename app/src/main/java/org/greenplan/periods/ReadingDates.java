package org.greenplan.periods;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.greenplan.plan.PlanSummary;
import org.springframework.stereotype.Component;

/**
 * The one rule for the date a plan's statuses and targets are read on: today, but never later than the end of
 * the plan's reporting (after the last period no report comes, so a later date would only make every task
 * stale). Supervision's {@code asOf} explains it to the pages; the targets panel of a task page reads it here
 * (the targets module sits below supervision), so the panel's 评价日期 and the status panel's date agree.
 */
@Component
public class ReadingDates {
    private final ReportingPeriods periods;
    private final Clock clock;

    /**
     * @param periods the plans' reporting periods
     * @param clock   today's source (the office's time zone)
     */
    public ReadingDates(ReportingPeriods periods, Clock clock) {
        this.periods = periods;
        this.clock = clock;
    }

    /** @return today in the office's time zone */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return today, but not later than the end of the plan's reporting ({@link #reportingEnd}) */
    public LocalDate ofPlan(PlanSummary plan) {
        LocalDate today = today();
        LocalDate end = reportingEnd(plan);
        return end != null && end.isBefore(today) ? end : today;
    }

    /** @return the period's last day, or today while it runs */
    public LocalDate ofPeriod(ReportingPeriod period) {
        LocalDate today = today();
        return period.endsOn().isAfter(today) ? today : period.endsOn();
    }

    /**
     * @return the last day of the plan's last reporting period; without periods 31 December of the plan
     *     year; null when the plan has neither (no cap)
     */
    public LocalDate reportingEnd(PlanSummary plan) {
        return periods.ofPlan(plan.id()).stream()
                .map(ReportingPeriod::endsOn)
                .max(Comparator.naturalOrder())
                .orElse(plan.planYear() == null ? null : LocalDate.of(plan.planYear(), 12, 31));
    }
}

package org.greenplan.periods.web;

import java.util.NoSuchElementException;
import java.util.SortedSet;
import org.greenplan.periods.HolidayCalendars;
import org.greenplan.periods.LockExceptions;
import org.greenplan.periods.PeriodAdministration;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.periods.ReportingSettingsStore;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.springframework.stereotype.Component;

/** Assembles the office's periods page from the services, and checks that a period belongs to the plan in the URL. */
@Component
class PeriodPages {
    private final PlanCatalog plans;
    private final ReportingPeriods periods;
    private final ReportingSettingsStore settings;
    private final PeriodAdministration administration;
    private final LockExceptions exceptions;
    private final HolidayCalendars calendars;

    PeriodPages(
            PlanCatalog plans,
            ReportingPeriods periods,
            ReportingSettingsStore settings,
            PeriodAdministration administration,
            LockExceptions exceptions,
            HolidayCalendars calendars) {
        this.plans = plans;
        this.periods = periods;
        this.settings = settings;
        this.administration = administration;
        this.exceptions = exceptions;
        this.calendars = calendars;
    }

    PeriodsPage page(long planId) {
        PlanSummary plan = plan(planId);
        Integer year = plan.planYear() != null
                ? plan.planYear()
                : plan.issuedDate() == null ? null : plan.issuedDate().getYear();
        SortedSet<Integer> known = calendars.current().knownYears();
        return new PeriodsPage(
                plan,
                settings.of(planId),
                periods.ofPlan(planId).stream()
                        .map(p -> new PeriodRow(p, administration.version(p.id()), exceptions.ofPeriod(p.id())))
                        .toList(),
                year,
                year != null && known.contains(year),
                known.isEmpty() ? "" : known.first() + "–" + known.last(),
                plans.units(planId),
                plans.tasks(planId, null));
    }

    PlanSummary plan(long planId) {
        return plans.plan(planId).orElseThrow(() -> new NoSuchElementException("no plan " + planId));
    }

    /** @throws NoSuchElementException when the period is not one of the plan's (an edited URL) */
    ReportingPeriod period(long planId, long periodId) {
        return periods.find(periodId)
                .filter(p -> p.planId() == planId)
                .orElseThrow(() -> new NoSuchElementException("no period " + periodId + " in plan " + planId));
    }
}

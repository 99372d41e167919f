package org.greenplan.periods.web;

import java.util.List;
import org.greenplan.periods.ReportingSettings;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.UnitTaskCount;

/**
 * What {@code /office/plans/{planId}/periods} shows.
 *
 * @param plan            the plan
 * @param settings        its reporting settings (defaults until saved)
 * @param periods         its periods, earliest first
 * @param year            the plan year, or null
 * @param calendarKnown   whether the calendar has the plan year's notice
 * @param knownYears      the years the calendar knows, e.g. {@code 2022–2026}
 * @param units           the plan's units, for lock exceptions
 * @param tasks           the plan's tasks, for lock exceptions
 */
record PeriodsPage(
        PlanSummary plan,
        ReportingSettings settings,
        List<PeriodRow> periods,
        Integer year,
        boolean calendarKnown,
        String knownYears,
        List<UnitTaskCount> units,
        List<TaskView> tasks) {}

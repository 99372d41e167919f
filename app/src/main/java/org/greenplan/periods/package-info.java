/**
 * Reporting periods (调度周期) of a plan on the working-day calendar: when reports are due, which
 * periods are open, the lock of a closed period with its exceptions, the units' acknowledgement (签收) of
 * a published plan's tasks, and extension requests (延期申请).
 *
 * <p>API: {@link org.greenplan.periods.ReportingPeriods} (read a period, check that a unit may still
 * write in it, a unit's effective due date) returning {@link org.greenplan.periods.ReportingPeriod}; a
 * closed period refuses with {@link org.greenplan.periods.PeriodLockedException}. The calendar:
 * {@link org.greenplan.periods.WorkingDayCalendar} from {@link org.greenplan.periods.HolidayCalendars}.
 * The office's writes: {@link org.greenplan.periods.ReportingSettingsStore},
 * {@link org.greenplan.periods.PeriodAdministration}, {@link org.greenplan.periods.LockExceptions};
 * {@link org.greenplan.periods.Acknowledgements}, {@link org.greenplan.periods.ExtensionRequests}. Events:
 * {@link org.greenplan.periods.PeriodOpened}, {@link org.greenplan.periods.PeriodClosed}.
 *
 * <p>Tables (only this module writes them): {@code reporting_period}, {@code period_lock_exception},
 * {@code calendar_year}, {@code calendar_day}, {@code reporting_settings}, {@code plan_acknowledgement},
 * {@code extension_request}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Periods",
        allowedDependencies = {"shared", "accounts", "audit", "plan", "plan :: view"})
package org.greenplan.periods;

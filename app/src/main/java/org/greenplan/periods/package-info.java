/**
 * Reporting periods (调度周期) of a plan on the working-day calendar: when reports are due, which
 * periods are open, and the lock of a closed period with its exceptions.
 *
 * <p>API: {@link org.greenplan.periods.ReportingPeriods} (read a period, check that a unit may still
 * write in it) returning {@link org.greenplan.periods.ReportingPeriod}; a closed period refuses with
 * {@link org.greenplan.periods.PeriodLockedException}.
 *
 * <p>Tables (only this module writes them): {@code reporting_period}, {@code period_lock_exception}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Periods",
        allowedDependencies = {"accounts", "audit"})
package org.greenplan.periods;

/**
 * Scheduled jobs that run once across all app nodes: {@link org.greenplan.scheduling.SchedulingConfiguration}
 * switches on Spring's scheduler with ShedLock locks kept in PostgreSQL (table {@code shedlock}, the
 * database's clock), and {@link org.greenplan.scheduling.DailyTick} publishes {@link
 * org.greenplan.scheduling.DayPassed} once a day in the office's time zone. Modules annotate their own
 * {@code @Scheduled} methods with {@code @SchedulerLock(name = …)} and listen to {@code DayPassed}.
 * <p>Scheduling runs only in the web server ({@code serve}), never in command-line runs, and can be
 * switched off with {@code greenplan.scheduling.enabled=false} (the test default).
 * <p>Tables (only ShedLock writes them): {@code shedlock}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Scheduling",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.greenplan.scheduling;

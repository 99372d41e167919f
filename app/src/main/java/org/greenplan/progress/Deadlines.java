package org.greenplan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.greenplan.periods.HolidayCalendars;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.periods.UnknownCalendarYearException;
import org.greenplan.periods.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Computes a unit's {@link Deadline} from {@code periods::ReportingPeriods#dueDateFor} (lead or co-units'
 * date, extensions) and the working-day calendar. The grace window is the period's, in working days
 * ({@code dueOn} → {@code graceUntil}), applied to the unit's own due date. Where the calendar does not
 * know a year, calendar days are counted instead.
 */
@Component
class Deadlines {
    private final ReportingPeriods periods;
    private final HolidayCalendars calendars;
    private final Clock clock;

    Deadlines(ReportingPeriods periods, HolidayCalendars calendars, Clock clock) {
        this.periods = periods;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** @return today in the office's time zone: the day timeliness is read on */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return a calendar to reuse for several {@link #of} calls in one request */
    WorkingDayCalendar calendar() {
        return calendars.current();
    }

    Deadline of(WorkingDayCalendar calendar, ReportingPeriod period, long unitId, long taskId, boolean lead) {
        LocalDate extension =
                periods.grantedExtension(period.id(), unitId, taskId).orElse(null);
        return deadline(calendar, period, extension, lead);
    }

    /**
     * Every unit's deadline in one period from two queries (the calendar and the period's granted extensions),
     * whatever the number of units and tasks: for the submission matrix.
     */
    PeriodDeadlines ofPeriod(ReportingPeriod period) {
        return ofPeriod(calendar(), period);
    }

    /** As {@link #ofPeriod(ReportingPeriod)} with a calendar already read: one query (the granted extensions). */
    PeriodDeadlines ofPeriod(WorkingDayCalendar calendar, ReportingPeriod period) {
        Map<ReportingPeriods.UnitTask, LocalDate> extensions = periods.grantedExtensions(period.id());
        return (unitId, taskId, lead) ->
                deadline(calendar, period, extensions.get(new ReportingPeriods.UnitTask(unitId, taskId)), lead);
    }

    /** The deadlines of one period's units. */
    @FunctionalInterface
    interface PeriodDeadlines {
        Deadline of(long unitId, long taskId, boolean lead);
    }

    /** The unit's date is its latest granted extension, else the lead's or the co-units' due date. */
    private Deadline deadline(WorkingDayCalendar calendar, ReportingPeriod period, LocalDate extension, boolean lead) {
        LocalDate due = extension != null ? extension : lead ? period.dueOn() : period.coUnitDueOn();
        boolean extended = extension != null;
        LocalDate today = LocalDate.now(clock);
        try {
            int grace = calendar.workingDaysBetween(period.dueOn(), period.graceUntil());
            LocalDate onTime = calendar.workingDaysAfter(due, grace);
            int left = today.isAfter(due)
                    ? -calendar.workingDaysBetween(due, today)
                    : calendar.workingDaysBetween(today, due);
            return new Deadline(due, extended, onTime, left, clock.getZone());
        } catch (UnknownCalendarYearException e) {
            LocalDate onTime = due.plusDays(ChronoUnit.DAYS.between(period.dueOn(), period.graceUntil()));
            int left = (int) ChronoUnit.DAYS.between(today, due);
            return new Deadline(due, extended, onTime, left, clock.getZone());
        }
    }
}

package org.greenplan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /** @return a calendar to reuse for several {@link #of} calls in one request */
    WorkingDayCalendar calendar() {
        return calendars.current();
    }

    Deadline of(WorkingDayCalendar calendar, ReportingPeriod period, long unitId, long taskId, boolean lead) {
        LocalDate due = periods.dueDateFor(period.id(), unitId, taskId, lead);
        boolean extended = periods.grantedExtension(period.id(), unitId, taskId).isPresent();
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

package org.greenplan.periods;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a plan year into periods and computes their due dates on the working-day calendar. Pure: no
 * storage.
 *
 * <p>Due-date rule: the nominal due day ({@link ReportingSettings#nominalDueDate}) moves to the next
 * working day when it is a weekend day or holiday (顺延; or to the previous one with
 * {@link DueShift#PREVIOUS}); a 调休 make-up Saturday or Sunday is a working day and does not move. The
 * co-units' date is {@code coUnitLeadDays} working days before the lead date; the grace window ends
 * {@code graceDays} working days after it.
 */
public final class PeriodSchedule {
    private final ReportingSettings settings;
    private final WorkingDayCalendar calendar;

    public PeriodSchedule(ReportingSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /**
     * @return the year's periods, earliest first; none for CUSTOM (the office enters those)
     * @throws UnknownCalendarYearException when a due date falls in a year whose notice is not loaded
     */
    public List<PeriodDates> year(int year) {
        List<PeriodDates> periods = new ArrayList<>();
        switch (settings.periodicity()) {
            case MONTHLY -> {
                for (int month = 1; month <= 12; month++) {
                    YearMonth ym = YearMonth.of(year, month);
                    periods.add(period(ym.toString(), ym.atDay(1), ym.atEndOfMonth()));
                }
            }
            case QUARTERLY -> {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    YearMonth first = YearMonth.of(year, quarter * 3 - 2);
                    periods.add(period(
                            year + "Q" + quarter,
                            first.atDay(1),
                            first.plusMonths(2).atEndOfMonth()));
                }
            }
            case CUSTOM -> {}
        }
        return periods;
    }

    /**
     * @return one period with its due dates computed from its last day
     * @throws UnknownCalendarYearException when a due date falls in a year whose notice is not loaded
     */
    public PeriodDates period(String label, LocalDate startsOn, LocalDate endsOn) {
        LocalDate nominal = settings.nominalDueDate(endsOn);
        LocalDate due = settings.shift() == DueShift.NEXT
                ? calendar.nextWorkingDayOnOrAfter(nominal)
                : calendar.previousWorkingDayOnOrBefore(nominal);
        return new PeriodDates(
                label,
                startsOn,
                endsOn,
                nominal,
                due,
                calendar.workingDaysBefore(due, settings.coUnitLeadDays()),
                calendar.workingDaysAfter(due, settings.graceDays()));
    }
}

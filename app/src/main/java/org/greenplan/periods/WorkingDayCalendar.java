package org.greenplan.periods;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar (工作日历) of mainland China. A date is a working day if and only if it is a
 * Monday to Friday that is not a listed holiday, or a listed make-up working day (调休上班日) — the rule of
 * the data file's README ({@code calendar/cn-holidays.csv}, from the State Council's yearly notices
 * 国务院办公厅关于部分节假日安排的通知, 2022–2026).
 *
 * <p>Only years whose notice is loaded are known. Asking about a date in any other year throws
 * {@link UnknownCalendarYearException} instead of silently treating it as weekends only. Immutable.
 */
public final class WorkingDayCalendar {
    private final Map<LocalDate, CalendarDay> days;
    private final SortedSet<Integer> knownYears;

    private WorkingDayCalendar(Map<LocalDate, CalendarDay> days, SortedSet<Integer> knownYears) {
        this.days = days;
        this.knownYears = knownYears;
    }

    /**
     * @param days       the listed days of every loaded notice
     * @param knownYears the years whose notice is loaded (a year without holidays listed is still known
     *                   only when named here)
     */
    public static WorkingDayCalendar of(Collection<CalendarDay> days, Collection<Integer> knownYears) {
        TreeMap<LocalDate, CalendarDay> byDate = new TreeMap<>();
        days.forEach(day -> byDate.put(day.date(), day));
        return new WorkingDayCalendar(
                java.util.Collections.unmodifiableMap(byDate),
                java.util.Collections.unmodifiableSortedSet(new TreeSet<>(knownYears)));
    }

    /** @return the years whose notice is loaded, ascending */
    public SortedSet<Integer> knownYears() {
        return knownYears;
    }

    /** @return whether working days of {@code year} can be computed */
    public boolean knows(int year) {
        return knownYears.contains(year);
    }

    /** @return the listed entry for the date (holiday or make-up working day), if any */
    public Optional<CalendarDay> entry(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /**
     * @return whether {@code date} is a working day
     * @throws UnknownCalendarYearException when the date's year is not loaded
     */
    public boolean isWorkingDay(LocalDate date) {
        if (!knows(date.getYear())) {
            throw new UnknownCalendarYearException(date.getYear());
        }
        CalendarDay listed = days.get(date);
        if (listed != null) {
            return listed.kind() == DayKind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * @return {@code date} itself when it is a working day, otherwise the first working day after it
     *         (顺延)
     * @throws UnknownCalendarYearException when the search reaches a year that is not loaded
     */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * @return {@code date} itself when it is a working day, otherwise the last working day before it (提前)
     * @throws UnknownCalendarYearException when the search reaches a year that is not loaded
     */
    public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * @param date a day (counted from, not counted itself)
     * @param n    how many working days back, 0 or more
     * @return the n-th working day before {@code date}; {@code date} itself when n is 0
     * @throws IllegalArgumentException     when n is negative
     * @throws UnknownCalendarYearException when the count reaches a year that is not loaded
     */
    public LocalDate workingDaysBefore(LocalDate date, int n) {
        return step(date, n, -1);
    }

    /**
     * @return the n-th working day after {@code date} ({@code date} itself when n is 0)
     * @throws IllegalArgumentException     when n is negative
     * @throws UnknownCalendarYearException when the count reaches a year that is not loaded
     */
    public LocalDate workingDaysAfter(LocalDate date, int n) {
        return step(date, n, 1);
    }

    /**
     * @return the number of working days {@code d} with {@code from <= d < to}; 0 when {@code to} is not
     *         after {@code from}
     * @throws UnknownCalendarYearException when the range touches a year that is not loaded
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate step(LocalDate date, int n, int direction) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must be 0 or more, was " + n);
        }
        LocalDate day = date;
        for (int left = n; left > 0; ) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}

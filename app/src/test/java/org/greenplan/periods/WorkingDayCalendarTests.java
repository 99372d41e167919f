package org.greenplan.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped calendar (State Council notices 2022–2026) on real dates. */
class WorkingDayCalendarTests {
    private static final WorkingDayCalendar CALENDAR =
            WorkingDayCalendar.of(HolidayCalendars.shippedDays(), List.of(2022, 2023, 2024, 2025, 2026));

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void knowsTheShippedYearsOnly() {
        assertThat(HolidayCalendars.shippedDays()).hasSize(180);
        assertThat(CALENDAR.knownYears()).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(CALENDAR.knows(2027)).isFalse();
    }

    @Test
    void saturdayIsRestAndMovesToMonday() {
        assertThat(CALENDAR.isWorkingDay(d("2022-06-25"))).isFalse();
        assertThat(CALENDAR.nextWorkingDayOnOrAfter(d("2022-06-25"))).isEqualTo(d("2022-06-27"));
        assertThat(CALENDAR.previousWorkingDayOnOrBefore(d("2022-06-25"))).isEqualTo(d("2022-06-24"));
    }

    @Test
    void makeUpSundayIsAWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(d("2022-04-24"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2022-10-09"))).isTrue();
        assertThat(CALENDAR.entry(d("2022-04-24")).orElseThrow().kind()).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void nationalDayHolidayMovesToTheMakeUpSaturday() {
        for (int day = 1; day <= 7; day++) {
            assertThat(CALENDAR.isWorkingDay(LocalDate.of(2022, 10, day)))
                    .as("2022-10-0%d", day)
                    .isFalse();
        }
        assertThat(CALENDAR.nextWorkingDayOnOrAfter(d("2022-10-01"))).isEqualTo(d("2022-10-08"));
        assertThat(CALENDAR.previousWorkingDayOnOrBefore(d("2022-10-07"))).isEqualTo(d("2022-09-30"));
    }

    @Test
    void weekdayHolidayIsRest() {
        assertThat(CALENDAR.isWorkingDay(d("2022-06-03"))).isFalse(); // 端午, a Friday
        assertThat(CALENDAR.isWorkingDay(d("2022-06-02"))).isTrue();
    }

    @Test
    void countsWorkingDaysBackAndForth() {
        assertThat(CALENDAR.workingDaysBefore(d("2022-06-27"), 2)).isEqualTo(d("2022-06-23"));
        assertThat(CALENDAR.workingDaysBefore(d("2022-06-27"), 0)).isEqualTo(d("2022-06-27"));
        assertThat(CALENDAR.workingDaysBefore(d("2022-10-08"), 2)).isEqualTo(d("2022-09-29"));
        assertThat(CALENDAR.workingDaysAfter(d("2022-06-27"), 3)).isEqualTo(d("2022-06-30"));
        assertThat(CALENDAR.workingDaysAfter(d("2022-09-30"), 1)).isEqualTo(d("2022-10-08"));
        assertThatThrownBy(() -> CALENDAR.workingDaysBefore(d("2022-06-27"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsWorkingDaysBetween() {
        assertThat(CALENDAR.workingDaysBetween(d("2022-10-01"), d("2022-10-11")))
                .isEqualTo(3);
        assertThat(CALENDAR.workingDaysBetween(d("2022-06-01"), d("2022-07-01")))
                .isEqualTo(21);
        assertThat(CALENDAR.workingDaysBetween(d("2022-07-01"), d("2022-06-01")))
                .isZero();
    }

    @Test
    void newYearBlockAcrossTheYearBoundaryComesFromTheNextNotice() {
        assertThat(CALENDAR.entry(d("2022-12-31")).orElseThrow().noticeYear()).isEqualTo(2023);
        assertThat(CALENDAR.nextWorkingDayOnOrAfter(d("2022-12-31"))).isEqualTo(d("2023-01-03"));
    }

    @Test
    void aYearWithoutItsNoticeIsAnErrorNotAWeekendGuess() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2027-01-04")))
                .isInstanceOf(UnknownCalendarYearException.class)
                .satisfies(e ->
                        assertThat(((UnknownCalendarYearException) e).year()).isEqualTo(2027));
        assertThatThrownBy(
                        () -> CALENDAR.nextWorkingDayOnOrAfter(d("2026-12-31").plusDays(1)))
                .isInstanceOf(UnknownCalendarYearException.class);
        assertThat(CALENDAR.nextWorkingDayOnOrAfter(d("2026-12-26"))).isEqualTo(d("2026-12-28"));
    }
}

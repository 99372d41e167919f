package org.greenplan.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods and due dates of the 宿州 2022 plan year on the shipped calendar. */
class PeriodScheduleTests {
    private static final WorkingDayCalendar CALENDAR =
            WorkingDayCalendar.of(HolidayCalendars.shippedDays(), List.of(2022, 2023, 2024, 2025, 2026));

    private static ReportingSettings settings(
            Periodicity periodicity, int dueDay, DueMonth month, int grace, int coDays, DueShift shift) {
        return new ReportingSettings(1, periodicity, dueDay, month, grace, coDays, shift, false, 0);
    }

    private static PeriodDates month(ReportingSettings settings, int month) {
        return new PeriodSchedule(settings, CALENDAR).year(2022).get(month - 1);
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void juneReportDueOnThe25thMovesFromSaturdayToMonday() {
        PeriodDates june = month(settings(Periodicity.MONTHLY, 25, DueMonth.PERIOD_END_MONTH, 0, 2, DueShift.NEXT), 6);
        assertThat(june.label()).isEqualTo("2022-06");
        assertThat(june.startsOn()).isEqualTo(d("2022-06-01"));
        assertThat(june.endsOn()).isEqualTo(d("2022-06-30"));
        assertThat(june.nominalDue()).isEqualTo(d("2022-06-25"));
        assertThat(june.dueOn()).isEqualTo(d("2022-06-27"));
        assertThat(june.moved()).isTrue();
        assertThat(june.coUnitDueOn()).isEqualTo(d("2022-06-23"));
        assertThat(june.graceUntil()).isEqualTo(d("2022-06-27"));
    }

    @Test
    void graceDaysCountWorkingDays() {
        PeriodDates june = month(settings(Periodicity.MONTHLY, 25, DueMonth.PERIOD_END_MONTH, 3, 2, DueShift.NEXT), 6);
        assertThat(june.graceUntil()).isEqualTo(d("2022-06-30"));
    }

    @Test
    void dueDayInHolidayMovesToTheMakeUpSaturday() {
        PeriodDates september =
                month(settings(Periodicity.MONTHLY, 1, DueMonth.FOLLOWING_MONTH, 0, 2, DueShift.NEXT), 9);
        assertThat(september.nominalDue()).isEqualTo(d("2022-10-01"));
        assertThat(september.dueOn()).isEqualTo(d("2022-10-08"));
        assertThat(september.coUnitDueOn()).isEqualTo(d("2022-09-29"));
    }

    @Test
    void mayDayHolidayMovesTheAprilReport() {
        PeriodDates april = month(settings(Periodicity.MONTHLY, 1, DueMonth.FOLLOWING_MONTH, 0, 2, DueShift.NEXT), 4);
        assertThat(april.dueOn()).isEqualTo(d("2022-05-05"));
        // co-units: two working days back across the 30 April – 4 May holiday: Friday 29, Thursday 28 April
        assertThat(april.coUnitDueOn()).isEqualTo(d("2022-04-28"));
    }

    @Test
    void makeUpSundayIsNotMoved() {
        PeriodDates march = month(settings(Periodicity.MONTHLY, 24, DueMonth.FOLLOWING_MONTH, 0, 1, DueShift.NEXT), 3);
        assertThat(march.nominalDue()).isEqualTo(d("2022-04-24"));
        assertThat(march.dueOn()).isEqualTo(d("2022-04-24"));
        assertThat(march.moved()).isFalse();
        assertThat(march.coUnitDueOn()).isEqualTo(d("2022-04-22"));
    }

    @Test
    void previousShiftMovesBackToFriday() {
        PeriodDates june =
                month(settings(Periodicity.MONTHLY, 25, DueMonth.PERIOD_END_MONTH, 0, 2, DueShift.PREVIOUS), 6);
        assertThat(june.dueOn()).isEqualTo(d("2022-06-24"));
        assertThat(june.coUnitDueOn()).isEqualTo(d("2022-06-22"));
    }

    @Test
    void dueDayPastTheMonthsEndIsItsLastDay() {
        PeriodDates june = month(settings(Periodicity.MONTHLY, 31, DueMonth.PERIOD_END_MONTH, 0, 0, DueShift.NEXT), 6);
        assertThat(june.dueOn()).isEqualTo(d("2022-06-30"));
        assertThat(june.coUnitDueOn()).isEqualTo(d("2022-06-30"));
    }

    @Test
    void quartersEndInTheirThirdMonth() {
        List<PeriodDates> quarters = new PeriodSchedule(
                        settings(Periodicity.QUARTERLY, 25, DueMonth.PERIOD_END_MONTH, 0, 2, DueShift.NEXT), CALENDAR)
                .year(2022);
        assertThat(quarters).extracting(PeriodDates::label).containsExactly("2022Q1", "2022Q2", "2022Q3", "2022Q4");
        assertThat(quarters.get(1).startsOn()).isEqualTo(d("2022-04-01"));
        assertThat(quarters.get(1).endsOn()).isEqualTo(d("2022-06-30"));
        assertThat(quarters.get(1).dueOn()).isEqualTo(d("2022-06-27"));
        assertThat(quarters.get(2).dueOn()).isEqualTo(d("2022-09-26")); // 25 September 2022 is a Sunday
    }

    @Test
    void customPeriodsAreEnteredNotGenerated() {
        ReportingSettings custom = settings(Periodicity.CUSTOM, 25, DueMonth.PERIOD_END_MONTH, 0, 2, DueShift.NEXT);
        assertThat(new PeriodSchedule(custom, CALENDAR).year(2022)).isEmpty();
        PeriodDates half = new PeriodSchedule(custom, CALENDAR).period("2022H1", d("2022-01-01"), d("2022-06-30"));
        assertThat(half.dueOn()).isEqualTo(d("2022-06-27"));
    }

    @Test
    void aDueDateInAYearWithoutItsNoticeIsRefused() {
        PeriodSchedule schedule = new PeriodSchedule(
                settings(Periodicity.MONTHLY, 5, DueMonth.FOLLOWING_MONTH, 0, 2, DueShift.NEXT), CALENDAR);
        assertThatThrownBy(() -> schedule.year(2026)).isInstanceOf(UnknownCalendarYearException.class);
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> settings(Periodicity.MONTHLY, 32, DueMonth.PERIOD_END_MONTH, 0, 2, DueShift.NEXT)
                        .check())
                .isInstanceOf(PeriodRefusal.class)
                .hasFieldOrPropertyWithValue("code", "periods.settings.invalid.dueDay");
        assertThatThrownBy(() -> settings(Periodicity.MONTHLY, 25, DueMonth.PERIOD_END_MONTH, 0, 21, DueShift.NEXT)
                        .check())
                .hasFieldOrPropertyWithValue("code", "periods.settings.invalid.coUnitLeadDays");
    }
}

package org.greenplan.periods;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading an uploaded year's holiday file: every problem with its line and column. */
class HolidayCsvTests {
    private static final String HEADER = "date,kind,name\n";

    @Test
    void readsAYearWithHolidaysAndMakeUpDays() {
        CalendarFile file = HolidayCsv.read(
                "2027.csv", HEADER + "2026-12-31,holiday,元旦\n2027-01-01,holiday,元旦\n2027-02-06,workday,春节\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.valid()).isTrue();
        assertThat(file.noticeYear()).hasValue(2027);
        assertThat(file.days())
                .extracting(CalendarDay::date, CalendarDay::kind, CalendarDay::name)
                .first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-12-31"), DayKind.HOLIDAY, "元旦"));
        assertThat(file.count(DayKind.WORKDAY)).isEqualTo(1);
    }

    @Test
    void namesLineAndColumnOfABadDate() {
        CalendarFile file = HolidayCsv.read("x.csv", HEADER + "2027-01-01,holiday,元旦\n2027-02-30,holiday,春节\n");
        assertThat(file.problems())
                .containsExactly(
                        new CalendarProblem(3, 1, "periods.calendar.badDate", java.util.List.of("2027-02-30")));
        assertThat(file.valid()).isFalse();
    }

    @Test
    void namesAnUnknownKind() {
        CalendarFile file = HolidayCsv.read("x.csv", HEADER + "2027-01-01,rest,元旦\n");
        assertThat(file.problems())
                .containsExactly(new CalendarProblem(2, 2, "periods.calendar.badKind", java.util.List.of("rest")));
    }

    @Test
    void refusesADateListedTwiceNamingTheFirstLine() {
        CalendarFile file = HolidayCsv.read("x.csv", HEADER + "2027-01-01,holiday,元旦\n2027-01-01,holiday,元旦\n");
        assertThat(file.problems())
                .containsExactly(
                        new CalendarProblem(3, 1, "periods.calendar.duplicate", java.util.List.of("2027-01-01", "2")));
    }

    @Test
    void refusesAMakeUpDayOnAWeekday() {
        CalendarFile file = HolidayCsv.read("x.csv", HEADER + "2027-01-05,workday,元旦\n");
        assertThat(file.problems())
                .extracting(CalendarProblem::line, CalendarProblem::column, CalendarProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 2, "periods.calendar.workdayOnWeekday"));
    }

    @Test
    void refusesRowsOfAnotherYear() {
        CalendarFile file = HolidayCsv.read("x.csv", HEADER + "2027-01-01,holiday,元旦\n2028-01-01,holiday,元旦\n");
        assertThat(file.problems())
                .containsExactly(new CalendarProblem(
                        3, 1, "periods.calendar.otherYear", java.util.List.of("2028-01-01", "2027")));
    }

    @Test
    void refusesAMissingHeaderAndAShortRow() {
        assertThat(HolidayCsv.read("x.csv", "2027-01-01,holiday,元旦\n").problems())
                .extracting(CalendarProblem::code)
                .containsExactly("periods.calendar.badHeader");
        assertThat(HolidayCsv.read("x.csv", HEADER + "2027-01-01,holiday\n").problems())
                .extracting(CalendarProblem::line, CalendarProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "periods.calendar.badColumns"));
        assertThat(HolidayCsv.read("x.csv", HEADER).problems())
                .extracting(CalendarProblem::code)
                .containsExactly("periods.calendar.empty");
    }

    @Test
    void readsExcelsGb18030AndAByteOrderMark() {
        String text = HEADER + "2027-10-01,holiday,国庆节\n";
        CalendarFile gbk = HolidayCsv.read("gbk.csv", text.getBytes(Charset.forName("GB18030")));
        assertThat(gbk.days().get(0).name()).isEqualTo("国庆节");
        CalendarFile bom = HolidayCsv.read("bom.csv", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        assertThat(bom.problems()).isEmpty();
        assertThat(bom.days().get(0).name()).isEqualTo("国庆节");
    }
}

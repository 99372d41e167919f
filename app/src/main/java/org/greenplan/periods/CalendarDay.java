package org.greenplan.periods;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * One listed day of a holiday notice (国务院办公厅关于部分节假日安排的通知).
 *
 * @param date the day
 * @param kind HOLIDAY (day off) or WORKDAY (make-up working day)
 * @param name the notice's heading for the block, e.g. 国庆节
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
    /** Days from this day of December on belong to the following year's notice (its 元旦 block). */
    static final int FIRST_DECEMBER_DAY_OF_NEXT_NOTICE = 20;

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }

    /**
     * @return the year of the notice that lists this day: the day's own year, except late December days
     *         (from the 20th), which the next year's notice sets for its 元旦 block (2022-12-31 is in the
     *         2023 notice)
     */
    public int noticeYear() {
        boolean lateDecember =
                date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= FIRST_DECEMBER_DAY_OF_NEXT_NOTICE;
        return lateDecember ? date.getYear() + 1 : date.getYear();
    }
}

package org.greenplan.periods;

import java.io.Serial;

/**
 * A date in a year whose holiday notice has not been imported (e.g. 2027 before the office uploads it):
 * working days there are not guessed from weekends alone. Key {@code periods.calendar.unknownYear}.
 */
public class UnknownCalendarYearException extends PeriodRefusal {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int year;

    public UnknownCalendarYearException(int year) {
        super("periods.calendar.unknownYear", String.valueOf(year));
        this.year = year;
    }

    /** @return the year without an imported notice */
    public int year() {
        return year;
    }
}

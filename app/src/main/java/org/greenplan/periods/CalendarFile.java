package org.greenplan.periods;

import java.util.List;
import java.util.OptionalInt;

/**
 * A holiday file as read: the days it lists and what is wrong in it. Usable only without problems.
 *
 * @param source   the file's name, for messages
 * @param days     the rows that were read, in file order
 * @param problems positioned problems, in file order; empty when the file is valid
 */
public record CalendarFile(String source, List<CalendarDay> days, List<CalendarProblem> problems) {
    public CalendarFile {
        days = List.copyOf(days);
        problems = List.copyOf(problems);
    }

    /** @return whether the file can be stored */
    public boolean valid() {
        return problems.isEmpty() && !days.isEmpty();
    }

    /** @return the notice year of the first row, if any */
    public OptionalInt noticeYear() {
        return days.isEmpty() ? OptionalInt.empty() : OptionalInt.of(days.get(0).noticeYear());
    }

    /** @return how many rows are of this kind */
    public long count(DayKind kind) {
        return days.stream().filter(day -> day.kind() == kind).count();
    }
}

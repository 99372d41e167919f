package org.greenplan.periods;

import java.util.List;

/**
 * What is wrong at one place of a holiday file.
 *
 * @param line      1-based line in the file (1 is the header)
 * @param column    1-based column (1 = date, 2 = kind, 3 = name); 0 when the whole line is meant
 * @param code      message key, e.g. {@code periods.calendar.badDate}
 * @param arguments the key's arguments (the value as read, the line of a duplicate …)
 */
public record CalendarProblem(long line, int column, String code, List<String> arguments) {
    public CalendarProblem {
        arguments = List.copyOf(arguments);
    }
}

package org.greenplan.periods;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a holiday file in the format of {@code cn-holidays.csv}: a header {@code date,kind,name}, then one
 * row per date ({@code YYYY-MM-DD}, {@code holiday} or {@code workday}, the notice's heading). Parsed with
 * Apache Commons CSV; UTF-8 (with or without BOM) or GB18030 as Excel saves it in China.
 *
 * <p>Checks every row and reports each problem with line and column: a date that is not a date, an
 * unknown kind, a date listed twice, a make-up working day that is not a Saturday or Sunday, and rows
 * of more than one notice year (a file holds one year's notice; late-December 元旦 days count for the
 * next year, see {@link CalendarDay#noticeYear()}).
 */
public final class HolidayCsv {
    private static final String[] HEADER = {"date", "kind", "name"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader(HEADER)
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(false)
            .get();

    private HolidayCsv() {}

    /** Reads a file's bytes, decoding UTF-8 (BOM dropped) or else GB18030. */
    public static CalendarFile read(String source, byte[] bytes) {
        return read(source, decode(bytes));
    }

    /** Reads a file's text. */
    public static CalendarFile read(String source, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CalendarProblem> problems = new ArrayList<>();
        List<CalendarDay> days = new ArrayList<>();
        if (!checkHeader(body, problems)) {
            return new CalendarFile(source, days, problems);
        }
        Map<LocalDate, Long> seen = new HashMap<>();
        try (Reader reader = new StringReader(body);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                CalendarDay day = row(record, line, problems);
                if (day != null && checkDuplicate(day, line, seen, problems)) {
                    days.add(day);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(
                    new CalendarProblem(0, 0, "periods.calendar.unreadable", List.of(String.valueOf(e.getMessage()))));
        }
        checkOneYear(days, problems, seen);
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add(new CalendarProblem(1, 0, "periods.calendar.empty", List.of()));
        }
        return new CalendarFile(source, days, problems);
    }

    private static boolean checkHeader(String body, List<CalendarProblem> problems) {
        String first = body.lines()
                .findFirst()
                .orElse("")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replace(" ", "");
        if (!first.equals(String.join(",", HEADER))) {
            problems.add(new CalendarProblem(1, 1, "periods.calendar.badHeader", List.of(first)));
            return false;
        }
        return true;
    }

    private static CalendarDay row(CSVRecord record, long line, List<CalendarProblem> problems) {
        if (record.size() != HEADER.length) {
            problems.add(new CalendarProblem(
                    line, 0, "periods.calendar.badColumns", List.of(String.valueOf(record.size()))));
            return null;
        }
        LocalDate date = date(record.get(0), line, problems);
        DayKind kind = kind(record.get(1), line, problems);
        if (date == null || kind == null) {
            return null;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.WORKDAY && !weekend) {
            problems.add(new CalendarProblem(line, 2, "periods.calendar.workdayOnWeekday", List.of(date.toString())));
            return null;
        }
        return new CalendarDay(date, kind, record.get(2));
    }

    private static LocalDate date(String value, long line, List<CalendarProblem> problems) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new CalendarProblem(line, 1, "periods.calendar.badDate", List.of(value)));
            return null;
        }
    }

    private static DayKind kind(String value, long line, List<CalendarProblem> problems) {
        for (DayKind kind : DayKind.values()) {
            if (kind.csv().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        problems.add(new CalendarProblem(line, 2, "periods.calendar.badKind", List.of(value)));
        return null;
    }

    private static boolean checkDuplicate(
            CalendarDay day, long line, Map<LocalDate, Long> seen, List<CalendarProblem> problems) {
        Long earlier = seen.putIfAbsent(day.date(), line);
        if (earlier != null) {
            problems.add(new CalendarProblem(
                    line, 1, "periods.calendar.duplicate", List.of(day.date().toString(), String.valueOf(earlier))));
            return false;
        }
        return true;
    }

    private static void checkOneYear(
            List<CalendarDay> days, List<CalendarProblem> problems, Map<LocalDate, Long> lines) {
        if (days.isEmpty()) {
            return;
        }
        int year = days.get(0).noticeYear();
        for (CalendarDay day : days) {
            if (day.noticeYear() != year) {
                problems.add(new CalendarProblem(
                        lines.get(day.date()),
                        1,
                        "periods.calendar.otherYear",
                        List.of(day.date().toString(), String.valueOf(year))));
            }
        }
    }

    /** Reads several years at once (the shipped file), without the one-year check. */
    static List<CalendarDay> readShipped(String source, String text) {
        List<CalendarDay> all = new ArrayList<>();
        Map<Integer, StringBuilder> byYear = new java.util.TreeMap<>();
        text.lines()
                .skip(1)
                .filter(l -> !l.isBlank())
                .forEach(l -> byYear.computeIfAbsent(
                                noticeYearOfLine(l), y -> new StringBuilder(String.join(",", HEADER)).append('\n'))
                        .append(l)
                        .append('\n'));
        for (StringBuilder year : byYear.values()) {
            CalendarFile file = read(source, year.toString());
            if (!file.valid()) {
                throw new IllegalStateException(source + ": " + file.problems());
            }
            all.addAll(file.days());
        }
        return all;
    }

    private static int noticeYearOfLine(String line) {
        try {
            return new CalendarDay(LocalDate.parse(line.substring(0, line.indexOf(','))), DayKind.HOLIDAY, null)
                    .noticeYear();
        } catch (RuntimeException e) {
            throw new IllegalStateException("shipped calendar: bad line " + line, e);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}

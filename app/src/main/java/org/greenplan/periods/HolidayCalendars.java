package org.greenplan.periods;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.shared.SupervisionInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar in use: the shipped {@code calendar/cn-holidays.csv} (2022–2026, transcribed
 * from the State Council's notices; sources in the README's "Working-day calendar" section), with every
 * year the office uploaded at {@code /admin/calendar} replacing the shipped rows of that year.
 */
@Service
@Transactional(readOnly = true)
public class HolidayCalendars {
    static final String SHIPPED = "calendar/cn-holidays.csv";

    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<Integer, List<CalendarDay>> shipped;

    HolidayCalendars(
            JdbcClient jdbc,
            AuditTrail auditTrail,
            CurrentActor currentActor,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.currentActor = currentActor;
        this.clock = clock;
        this.shipped = byYear(shippedDays());
    }

    /** @return the shipped file's days, read and checked */
    public static List<CalendarDay> shippedDays() {
        try (InputStream in = HolidayCalendars.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHIPPED);
            }
            return HolidayCsv.readShipped(SHIPPED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the calendar of the shipped years overridden and extended by the uploaded ones */
    public WorkingDayCalendar current() {
        Map<Integer, List<CalendarDay>> years = new TreeMap<>(shipped);
        years.putAll(byYear(uploadedDays()));
        for (CalendarYear year : uploadedYears()) {
            years.putIfAbsent(year.year(), List.of());
        }
        List<CalendarDay> all = years.values().stream().flatMap(List::stream).toList();
        return WorkingDayCalendar.of(all, years.keySet());
    }

    /** @return every known year with its source, ascending */
    public List<CalendarYear> years() {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        shipped.forEach((year, days) -> years.put(year, new CalendarYear(year, false, days.size(), null, null, null)));
        uploadedYears().forEach(year -> years.put(year.year(), year));
        return new ArrayList<>(years.values());
    }

    /** Reads an uploaded file without storing anything (the preview). */
    public CalendarFile preview(String fileName, byte[] bytes) {
        return HolidayCsv.read(fileName, bytes);
    }

    /**
     * Stores a year's notice, replacing an earlier upload of that year; audited.
     *
     * @return the file as read
     * @throws PeriodRefusal with {@code periods.calendar.invalid} when the file has problems
     */
    @Transactional
    public CalendarFile importYear(String fileName, byte[] bytes) {
        CalendarFile file = HolidayCsv.read(fileName, bytes);
        if (!file.valid()) {
            throw new PeriodRefusal(
                    "periods.calendar.invalid",
                    fileName,
                    String.valueOf(file.problems().size()));
        }
        int year = file.noticeYear().orElseThrow();
        Actor actor = currentActor.find().orElse(null);
        jdbc.sql("delete from calendar_year where notice_year = ?").param(year).update();
        jdbc.sql("insert into calendar_year (notice_year, file_name, uploaded_at, uploaded_by) values (?, ?, ?, ?)")
                .params(year, fileName, Timestamp.from(clock.instant()), actor == null ? null : actor.displayName())
                .update();
        for (CalendarDay day : file.days()) {
            jdbc.sql("insert into calendar_day (day, notice_year, kind, name) values (?, ?, ?, ?)")
                    .params(day.date(), year, day.kind().name(), day.name())
                    .update();
        }
        auditTrail.record(
                AuditSubject.of("CALENDAR_YEAR", year),
                "CALENDAR_IMPORTED",
                "%s: %d holiday, %d workday"
                        .formatted(fileName, file.count(DayKind.HOLIDAY), file.count(DayKind.WORKDAY)),
                null);
        // working days count due dates and 停滞 in every plan
        events.publishEvent(SupervisionInputsChanged.ofEveryPlan());
        return file;
    }

    private List<CalendarDay> uploadedDays() {
        return jdbc.sql("select day, kind, name from calendar_day order by day")
                .query((rs, i) -> new CalendarDay(
                        rs.getObject(1, java.time.LocalDate.class), DayKind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    private List<CalendarYear> uploadedYears() {
        return jdbc.sql("""
                select y.notice_year, y.file_name, y.uploaded_at, y.uploaded_by,
                       (select count(*) from calendar_day d where d.notice_year = y.notice_year)
                from calendar_year y order by y.notice_year""")
                .query((rs, i) -> new CalendarYear(
                        rs.getInt(1),
                        true,
                        rs.getInt(5),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .list();
    }

    private static Map<Integer, List<CalendarDay>> byYear(List<CalendarDay> days) {
        return days.stream().collect(Collectors.groupingBy(CalendarDay::noticeYear, TreeMap::new, Collectors.toList()));
    }
}

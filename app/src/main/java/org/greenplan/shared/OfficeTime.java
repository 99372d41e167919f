package org.greenplan.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The one way pages print a moment: in the office's time zone ({@code greenplan.time-zone}, default
 * Asia/Shanghai, the zone of the application's {@link Clock}), never the server's or UTC. A bean of the
 * application; templates call it as {@code ${@officeTime.minute(p.createdAt())}}; an instant of 2022-06-25T02:30Z prints {@code 2022-06-25
 * 10:30}. A {@link LocalDateTime} or {@link LocalDate} is taken as already in office time. {@code null} prints
 * as {@code —}.
 */
public class OfficeTime {
    private static final String NONE = "—";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ZoneId zone;

    /** @param clock the application's clock; its zone is the office's */
    public OfficeTime(Clock clock) {
        this.zone = clock.getZone();
    }

    /** @return the office's time zone */
    public ZoneId zone() {
        return zone;
    }

    /** @return e.g. {@code 2022-06-25 10:30} in office time, or {@code —} for null */
    public String minute(TemporalAccessor moment) {
        return format(moment, MINUTE);
    }

    /** @return e.g. {@code 2022-06-25 10:30:05} in office time, or {@code —} for null */
    public String second(TemporalAccessor moment) {
        return format(moment, SECOND);
    }

    /** @return the office-time day, e.g. {@code 2022-06-25}, or {@code —} for null */
    public String day(TemporalAccessor moment) {
        return format(moment, DAY);
    }

    /**
     * @return the moment as a date-time in the office's zone ({@code null} for null)
     * @throws IllegalArgumentException for a temporal that is no moment or date (e.g. a bare time)
     */
    public ZonedDateTime at(TemporalAccessor moment) {
        if (moment == null) {
            return null;
        } else if (moment instanceof Instant instant) {
            return instant.atZone(zone);
        } else if (moment instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        } else if (moment instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        } else if (moment instanceof LocalDateTime local) {
            return local.atZone(zone);
        } else if (moment instanceof LocalDate date) {
            return date.atStartOfDay(zone);
        }
        throw new IllegalArgumentException("not a moment: " + moment.getClass().getName());
    }

    private String format(TemporalAccessor moment, DateTimeFormatter format) {
        return moment == null ? NONE : format.format(at(moment));
    }
}

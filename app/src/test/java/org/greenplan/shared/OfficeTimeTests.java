package org.greenplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OfficeTimeTests {
    private final OfficeTime shanghai =
            new OfficeTime(Clock.fixed(Instant.parse("2022-06-25T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void anInstantPrintsInTheOfficeZoneNotUtc() {
        Instant submitted = Instant.parse("2022-06-25T02:30:05Z");

        assertThat(shanghai.minute(submitted)).isEqualTo("2022-06-25 10:30");
        assertThat(shanghai.second(submitted)).isEqualTo("2022-06-25 10:30:05");
        assertThat(shanghai.day(Instant.parse("2022-06-24T17:00:00Z"))).isEqualTo("2022-06-25");
    }

    @Test
    void anOffsetTimeIsMovedToTheOfficeZoneAndALocalDateStaysAsItIs() {
        assertThat(shanghai.minute(OffsetDateTime.of(2022, 6, 24, 23, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2022-06-25 07:00");
        assertThat(shanghai.day(LocalDate.of(2022, 3, 20))).isEqualTo("2022-03-20");
    }

    @Test
    void nothingPrintsAsADash() {
        assertThat(shanghai.minute(null)).isEqualTo("—");
    }
}

package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadLimitsTests {

    @Test
    void defaultsAre20MegabytesThirtySeconds200MegabytesExpanded() {
        assertThat(ReadLimits.DEFAULTS.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(ReadLimits.DEFAULTS.maxDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(ReadLimits.DEFAULTS.maxExpandedBytes()).isEqualTo(200L * 1024 * 1024);
        assertThat(ReadLimits.DEFAULTS.maxEntries()).isEqualTo(10_000);
    }

    @Test
    void builderReplacesOnlyTheLimitsItIsGiven() {
        ReadLimits limits = ReadLimits.builder()
                .maxDuration(Duration.ofSeconds(5))
                .maxEntries(50)
                .build();
        assertThat(limits).isEqualTo(new ReadLimits(20L * 1024 * 1024, Duration.ofSeconds(5), 200L * 1024 * 1024, 50));
    }

    @Test
    void refusesLimitsThatAreNotPositive() {
        assertThatThrownBy(() -> ReadLimits.builder().maxBytes(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxDuration(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}

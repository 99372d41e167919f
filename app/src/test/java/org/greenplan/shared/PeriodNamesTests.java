package org.greenplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.greenplan.ShippedMessages;
import org.junit.jupiter.api.Test;

class PeriodNamesTests {
    private final PeriodNames names = new PeriodNames(ShippedMessages.bundles());

    @Test
    void namesAMonthInTheReadersLanguage() {
        assertThat(names.of("2026-11", Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年11月");
        assertThat(names.of("2022-06", Locale.SIMPLIFIED_CHINESE)).isEqualTo("2022年6月");
        assertThat(names.of("2026-11", Locale.ENGLISH)).isEqualTo("November 2026");
    }

    @Test
    void namesAQuarterInTheReadersLanguage() {
        assertThat(names.of("2022Q2", Locale.SIMPLIFIED_CHINESE)).isEqualTo("2022年第2季度");
        assertThat(names.of("2022Q2", Locale.ENGLISH)).isEqualTo("Q2 2022");
    }

    @Test
    void keepsACustomLabelAsTheOfficeGaveIt() {
        assertThat(names.of("上半年专项调度", Locale.SIMPLIFIED_CHINESE)).isEqualTo("上半年专项调度");
        assertThat(names.of("2022-13", Locale.ENGLISH)).isEqualTo("2022-13");
        assertThat(names.of(null, Locale.ENGLISH)).isNull();
    }
}

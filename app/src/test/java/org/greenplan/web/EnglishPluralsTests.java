package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.greenplan.ShippedMessages;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** English messages that count units say "1 unit" and "2 units"; the Chinese ones need no plural. */
class EnglishPluralsTests {
    private final MessageSource messages = ShippedMessages.bundles();

    private String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    @Test
    void unitsCreatedByAnImport() {
        assertThat(en("admin.result.units", 0, 2)).isEqualTo("0 units created, 2 updated.");
        assertThat(en("admin.result.units", 1, 0)).isEqualTo("1 unit created, 0 updated.");
        assertThat(en("admin.result.units", 1200, 0)).isEqualTo("1,200 units created, 0 updated.");
        assertThat(messages.getMessage("admin.result.units", new Object[] {1, 0}, Locale.SIMPLIFIED_CHINESE))
                .doesNotContain("{");
    }

    @Test
    void unitsWithoutADecidedScore() {
        assertThat(en("assessment.round.undecided", 1))
                .isEqualTo("1 unit has no decided score yet; the result cannot be published.");
        assertThat(en("assessment.round.undecided", 3))
                .isEqualTo("3 units have no decided score yet; the result cannot be published.");
    }
}

package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A requested language is read as Chinese, English or none (the default). */
class LanguagesTests {
    @Test
    void chineseAndEnglishInTheirUsualSpellings() {
        assertThat(Languages.supported("zh_CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.supported("zh-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.supported("zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.supported("en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.supported("en_GB")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anythingElseIsNone() {
        assertThat(Languages.supported("de")).isNull();
        assertThat(Languages.supported("xx")).isNull();
        assertThat(Languages.supported("a-b-c-d-e-f")).isNull();
        assertThat(Languages.supported("<script>")).isNull();
        assertThat(Languages.supported("e".repeat(3000))).isNull();
        assertThat(Languages.supported("")).isNull();
        assertThat(Languages.supported(null)).isNull();
    }
}

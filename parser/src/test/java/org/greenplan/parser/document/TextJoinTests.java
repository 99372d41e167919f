package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextJoinTests {

    @Test
    void joinsChineseWithoutSpaceAndLatinWithOne() {
        assertThat(TextJoin.join("推进节能", "工作")).isEqualTo("推进节能工作");
        assertThat(TextJoin.join("PM2.5", "和O3")).isEqualTo("PM2.5和O3");
        assertThat(TextJoin.join("air", "quality")).isEqualTo("air quality");
    }

    @Test
    void makesTextOneLine() {
        assertThat(TextJoin.oneLine("  推进\r\n节能\t工作  \n")).isEqualTo("推进节能 工作");
    }

    @Test
    void dropsLayoutSpacesBetweenChineseCharactersOnly() {
        assertThat(TextJoin.dropSpacesBetweenWide("推进 节能 工作 in 2022 年")).isEqualTo("推进节能工作 in 2022 年");
    }
}

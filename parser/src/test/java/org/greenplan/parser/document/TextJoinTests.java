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

    @Test
    void dropsSpacesExtractionPutBesideChineseCharacters() {
        assertThat(TextJoin.dropSpacesBesideWide("新能源公交车数量占比达到 100%，综合机械化率达 97%"))
                .isEqualTo("新能源公交车数量占比达到100%，综合机械化率达97%");
        assertThat(TextJoin.dropSpacesBesideWide("比重增加 1 个百分点")).isEqualTo("比重增加1个百分点");
        assertThat(TextJoin.dropSpacesBesideWide("以 PM2.5 和 O3 协同控制为主线")).isEqualTo("以PM2.5和O3协同控制为主线");
    }

    @Test
    void keepsSpacesBetweenLatinWordsWhenDroppingThoseBesideChinese() {
        assertThat(TextJoin.dropSpacesBesideWide("推广 Open Data Portal 平台 v2 1.0"))
                .isEqualTo("推广Open Data Portal平台v2 1.0");
    }
}

package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link IndicatorExtractor#clean} reads a phrase in place, with the results it had on a copy of it. */
class IndicatorCleaningTests {

    @Test
    void trimsTimePlaceVerbsAndBaselines() {
        assertThat(IndicatorExtractor.clean("确保全年造林面积比2020年同期")).isEqualTo("造林面积");
        assertThat(IndicatorExtractor.clean("“完成率”")).isEqualTo("完成率");
        assertThat(IndicatorExtractor.clean("比2020年")).isEmpty();
    }

    @Test
    void readsAPhraseInsideALongerText() {
        String text = "到2025年，全市森林覆盖率较上年提高";

        assertThat(IndicatorExtractor.clean(text, "到2025年，".length(), text.indexOf("提高")))
                .isEqualTo("森林覆盖率");
    }

    @Test
    void keepsTheLineBreakAfterABaselineMatchedBeforeIt() {
        // $ matches before a final line break: the baseline goes, the break stays, as on a copy of the phrase
        assertThat(IndicatorExtractor.clean("森林覆盖率比2020年\n")).isEqualTo("森林覆盖率\n");
        assertThat(IndicatorExtractor.clean("x森林覆盖率比2020年\n", 1, 13)).isEqualTo("森林覆盖率\n");
    }
}

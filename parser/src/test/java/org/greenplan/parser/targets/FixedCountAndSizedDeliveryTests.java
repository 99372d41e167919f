package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts of things already fixed (a numbered batch, a list the count closes) are exact; a measured
 * quantity right after a verb of delivery sizes what is delivered; 条 counts lines such as roads.
 */
class FixedCountAndSizedDeliveryTests {

    private final TargetPhraseParser parser = new TargetPhraseParser();

    private String outline(String text) {
        return TargetOutlines.of(parser.findTargets(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            年底前完成第二批30家企业的搬迁改造                  | = 30 家
            完成东大街、北关路、南环路等8条道路的提升改造        | = 8 条
            新建5个垃圾转运站                                  | >= 5 个
            加快建设龙头等6个示范基地                           | >= 6 个
            """)
    void readsACountOfFixedThingsAsExact(String text, String expected) {
        assertThat(outline(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            建成30公顷以上的生态林带                            | >= 30 ha
            新建15公里以上的城市绿道                            | >= 15 km
            """)
    void readsAMeasuredSizeAfterAVerbOfDeliveryAsATarget(String text, String expected) {
        assertThat(outline(text)).contains(expected);
    }

    @Test
    void keepsAMeasuredSizeThatBoundsAClassAsNoTarget() {
        assertThat(parser.findTargets("对面积5公顷以上的湿地实施分级保护")).isEmpty();
    }
}

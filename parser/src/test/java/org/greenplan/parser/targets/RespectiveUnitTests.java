package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of values after 分别 that prints its unit once, after the last value (分别为12、20、30个以上): every value
 * takes that unit, and the qualifier closing the list, as the values of a list printing its unit on each do
 * (分别达到85%、90%、95%). Invented examples of the shape.
 */
class RespectiveUnitTests {

    private final TargetPhraseParser parser = new TargetPhraseParser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            砀山县、萧县和灵璧县新建公共充电桩分别为12、20、30个以上         | >= 12 个; >= 20 个; >= 30 个
            城市、县城和建制镇污水处理率分别达到85%、90%、95%              | >= 85 %; >= 90 %; >= 95 %
            城市、县城和建制镇污水处理率分别达到85、90、95%以上            | >= 85 %; >= 90 %; >= 95 %
            三个园区新增光伏装机分别达到3、5、8万千瓦                      | >= 30000 kW; >= 50000 kW; >= 80000 kW
            两个片区的化学需氧量排放量分别控制在3、5吨以内                 | <= 3 t; <= 5 t
            """)
    void givesEveryValueTheUnitPrintedAfterTheLast(String text, String expected) {
        assertThat(comparisons(TargetOutlines.of(parser.findTargets(text)))).isEqualTo(expected);
    }

    /** Printing the unit once or on every value reads alike: same indicators, values, units and qualifier. */
    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            三县新建公共充电桩分别达到12、20、30个以上   | 三县新建公共充电桩分别达到12个、20个、30个以上
            三县污水处理率分别达到85、90、95%以上         | 三县污水处理率分别达到85%、90%、95%以上
            三个园区新增光伏装机分别达到3、5、8万千瓦     | 三个园区新增光伏装机分别达到3万千瓦、5万千瓦、8万千瓦
            """)
    void readsAUnitPrintedOnceAsOnEveryValue(String once, String onEach) {
        String expected = TargetOutlines.of(parser.findTargets(onEach));

        assertThat(expected).startsWith("三");
        assertThat(TargetOutlines.of(parser.findTargets(once))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void sharesNoUnitWithoutRespectively() {
        // without 分别, 12 and 20 are not given the 个 printed after 30
        assertThat(TargetOutlines.of(parser.findTargets("新建公共充电桩12、20、30个以上")))
                .doesNotContain("12 个")
                .doesNotContain("20 个");
    }

    /** Drops the indicators, so that the assertion is about comparators, values and units. */
    private static String comparisons(String outline) {
        return java.util.Arrays.stream(outline.split("; "))
                .map(part -> part.replaceFirst("^.* (?=(?:>=|<=|>|<|=|approx|between|increase_by|decrease_by) )", ""))
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }
}

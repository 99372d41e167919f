package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of values after 分别 with one qualifier after its last value (以上, 以下, 以内, 左右): the qualifier
 * closes the list and applies to every value, as the word before the first value does; 以上 and 以下 include
 * the value (PRC Civil Code art. 1259). A value that prints its own words keeps them.
 */
class RespectiveQualifierTests {

    private final TargetPhraseParser parser = new TargetPhraseParser();

    private String outline(String text) {
        return TargetOutlines.of(parser.findTargets(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            单位工业增加值能耗和用水量比2020年分别下降16%、18%以上    | decrease_by 16 %; decrease_by 18 %
            城市和农村污水收集率分别达到85%、70%以上                | >= 85 %; >= 70 %
            城区和镇区绿化覆盖率分别为40%、35%以上                  | >= 40 %; >= 35 %
            两类水体劣V类比例分别控制在5%、8%以内                   | <= 5 %; <= 8 %
            化肥和农药使用量分别下降到30万吨、2万吨以下             | <= 300000 t; <= 20000 t
            两项指标分别不低于90%、95%                              | >= 90 %; >= 95 %
            工业和服务业用电量分别增长6%、8%左右                    | increase_by 6 %; increase_by 8 %
            优良天数比例和达标率分别为80%以上、95%以下              | >= 80 %; <= 95 %
            """)
    void appliesTheQualifierClosingAListToEveryValue(String text, String expected) {
        assertThat(comparisons(outline(text))).isEqualTo(expected);
    }

    /** Drops the indicators, so that the assertion is about comparators, values and units. */
    private static String comparisons(String outline) {
        return java.util.Arrays.stream(outline.split("; "))
                .map(part -> part.replaceFirst("^.* (?=(?:>=|<=|>|<|=|approx|between|increase_by|decrease_by) )", ""))
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }
}

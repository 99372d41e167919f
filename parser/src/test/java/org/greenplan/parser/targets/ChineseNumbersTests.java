package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            零           | 0
            两           | 2
            十           | 10
            十二         | 12
            一百二十     | 120
            一百零五     | 105
            三千五百     | 3500
            三千五       | 3500
            一万         | 10000
            两万三       | 23000
            十五万       | 150000
            一亿零一千   | 100001000
            两万亿       | 2000000000000
            二〇二二     | 2022
            三点五       | 3.5
            负十二       | -12
            1,200        | 1200
            32.8         | 32.8
            ９２         | 92
            15万         | 150000
            2.2万亿      | 2200000000000
            三分之一     | 0.3333333333
            百分之九十   | 0.9
            百分之32.5   | 0.325
            千分之五     | 0.005
            百分之百     | 1
            """)
    void readsNumbersAsPrinted(String text, BigDecimal expected) {
        assertThat(ChineseNumbers.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0         | 零
            10        | 十
            12        | 十二
            110       | 一百一十
            1010      | 一千零一十
            100010    | 十万零一十
            150000    | 十五万
            100001000 | 一亿零一千
            -3        | 负三
            """)
    void writesNumeralsTheWayPlansPrintThem(long number, String expected) {
        assertThat(ChineseNumbers.format(number)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"十四五", "百", "万人", "一二三四五六七八九零一二三四五六七八九", "三分之", "零分之一", "", "1.2.3"})
    void rejectsTextThatIsNotOneNumber(String text) {
        assertThatThrownBy(() -> ChineseNumbers.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource({"1, ha, 15, 亩", "1, km², 1500, 亩", "1, km², 100, ha", "3000, 亩, 200, ha", "2.5, km, 2500, m"})
    void convertsAreaAndLength(BigDecimal value, String from, BigDecimal expected, String to) {
        assertThat(TargetUnits.convert(value, from, to))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }
}

package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberStyleTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "一、大力推进     | CHINESE_ENUM  | 1  | 一",
                "十一、建立健全   | CHINESE_ENUM  | 11 | 十一",
                "（一）建立健全   | CHINESE_PAREN | 1  | （一）",
                "(二十三)加强     | CHINESE_PAREN | 23 | （二十三）",
                "(四）混合括号    | CHINESE_PAREN | 4  | （四）",
                "1.开展           | ARABIC_ENUM   | 1  | 1",
                "12．开展         | ARABIC_ENUM   | 12 | 12",
                "3、开展          | ARABIC_ENUM   | 3  | 3",
                "4﹒开展          | ARABIC_ENUM   | 4  | 4",
                "１５．全角数字   | ARABIC_ENUM   | 15 | 15",
                "（1）打造        | ARABIC_PAREN  | 1  | （1）",
                "(12)打造         | ARABIC_PAREN  | 12 | （12）",
                "③推进           | CIRCLED       | 3  | ③"
            })
    void readsAndNormalisesNumbers(String content, NumberStyle style, int value, String number) {
        NumberMark mark = NumberStyle.find(content.strip());

        assertThat(mark.style()).isEqualTo(style);
        assertThat(mark.value()).isEqualTo(value);
        assertThat(mark.number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"2022年3月18日", "1.5亿元", "100%完成", "一体化平台", "（此件公开发布）", "（2021-2023年）", "十大产业", "（皖政办秘〔2021〕82号）"})
    void doesNotTakeOrdinaryTextForANumber(String content) {
        assertThat(NumberStyle.find(content)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"一,1", "九,9", "十,10", "十一,11", "二十,20", "九十九,99", "百,-1", "十十,-1", "〇,-1"})
    void readsChineseNumeralsUpToNinetyNine(String numeral, int value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualTo(value);
        if (value > 0) {
            assertThat(ChineseNumerals.format(value)).isEqualTo(numeral);
        }
    }
}

package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTests {

    @ParameterizedTest
    @CsvSource({
        "1, chineseCounting, 一",
        "10, chineseCounting, 十",
        "11, chineseCounting, 十一",
        "20, chineseCounting, 二十",
        "34, chineseCounting, 三十四",
        "100, chineseCounting, 一百",
        "105, chineseCounting, 一百零五",
        "110, chineseCounting, 一百一十",
        "10001, chineseCountingThousand, 一万零一",
        "3, chineseLegalSimplified, 叁",
        "12, ideographDigital, 一二",
        "3, ideographTraditional, 丙",
        "7, decimal, 7",
        "7, decimalFullWidth, ７",
        "3, decimalEnclosedCircle, ③",
        "4, upperRoman, IV",
        "9, lowerRoman, ix",
        "28, lowerLetter, bb",
        "5, decimalZero, 05",
        "2, bullet, ''",
        "8, unknownFormat, 8"
    })
    void rendersWordNumberFormats(int value, String format, String expected) {
        assertThat(NumberFormats.format(value, format)).isEqualTo(expected);
    }
}

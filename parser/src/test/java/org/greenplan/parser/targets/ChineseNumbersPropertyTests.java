package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseNumbersPropertyTests {

    @Test
    void readsBackEveryChineseNumeralItWrites() {
        qt().forAll(longs().between(0, 99_999_999L))
                .checkAssert(n -> assertThat(ChineseNumbers.parse(ChineseNumbers.format(n)))
                        .as(ChineseNumbers.format(n))
                        .isEqualTo(BigDecimal.valueOf(n)));
    }

    @Test
    void readsBackLargeNumeralsUpToWanYi() {
        qt().forAll(longs().between(0, 9_999_999_999_999_999L))
                .checkAssert(n -> assertThat(ChineseNumbers.parse(ChineseNumbers.format(n)))
                        .as(ChineseNumbers.format(n))
                        .isEqualTo(BigDecimal.valueOf(n)));
    }

    @Test
    void readsArabicNumbersPlainWithSeparatorsAndFullWidth() {
        qt().forAll(longs().between(0, 99_999_999L)).checkAssert(n -> {
            BigDecimal expected = BigDecimal.valueOf(n);
            assertThat(ChineseNumbers.parse(Long.toString(n))).isEqualTo(expected);
            assertThat(ChineseNumbers.parse(String.format("%,d", n))).isEqualTo(expected);
            assertThat(ChineseNumbers.parse(fullWidth(Long.toString(n)))).isEqualTo(expected);
        });
    }

    @Test
    void readsArabicDecimalsWithoutTrailingZeros() {
        qt().forAll(longs().between(0, 99_999_999L), integers().between(0, 99)).checkAssert((whole, cents) -> {
            BigDecimal expected = BigDecimal.valueOf(whole * 100 + cents, 2).stripTrailingZeros();
            BigDecimal parsed = ChineseNumbers.parse(whole + "." + String.format("%02d", cents));
            assertThat(parsed).isEqualByComparingTo(expected);
            assertThat(parsed.scale()).isNotNegative();
        });
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('０' + (c - '0'))));
        return out.toString();
    }
}

package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineReaderTests {

    @Test
    void countsAsSpaceExactlyJavaSpacesBomAndZeroWidthSpace() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean expected =
                    Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\uFEFF' || ch == '\u200B';
            assertThat(LineReader.isSpace(ch)).as("U+%04X", c).isEqualTo(expected);
        }
        assertThat(LineReader.isSpace('\u3000')).isTrue();
        assertThat(LineReader.isSpace('局')).isFalse();
    }

    @Test
    void keepsOffsetsOfContentWithoutIndentation() {
        var lines = LineReader.read("\u3000\u3000一、总体要求 \r\n1.推进节能（责任单位：市发展改革委）\rend");

        assertThat(lines)
                .extracting(SourceLine::number, SourceLine::contentStart, SourceLine::contentEnd, SourceLine::content)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(1, 2, 8, "一、总体要求"),
                        org.assertj.core.api.Assertions.tuple(2, 11, 30, "1.推进节能（责任单位：市发展改革委）"),
                        org.assertj.core.api.Assertions.tuple(3, 31, 34, "end"));
    }
}

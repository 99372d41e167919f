package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IndicatorStartsTests {

    @Test
    void findsEveryCharacterAMatchCanStartWith() {
        BitSet starts = IndicatorExtractor.startsOf(Pattern.compile("(?:到|至)?[0-9]{4}年(?:底)?|全市|“?十[一二]五”?"));

        StringBuilder chars = new StringBuilder();
        starts.stream().forEach(c -> chars.append((char) c));
        assertThat(chars).hasToString("0123456789“全到十至");
    }
}

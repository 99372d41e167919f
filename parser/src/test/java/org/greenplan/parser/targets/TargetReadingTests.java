package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link TargetPhraseParser#read(String)} says when it failed instead of returning fewer targets silently. */
class TargetReadingTests {

    @Test
    void reportsAFailureWithTheTargetsFoundBeforeIt() {
        TargetPhraseParser failing = new TargetPhraseParser((text, targets) -> {
            TargetPhraseParser.collect("培育绿色工厂2家以上", targets);
            throw new IllegalStateException("index 7 out of bounds");
        });

        TargetReading reading = failing.read("培育绿色工厂2家以上，此后出错");

        assertThat(reading.failed()).isTrue();
        assertThat(reading.failure()).isEqualTo("IllegalStateException: index 7 out of bounds");
        assertThat(reading.targets()).extracting(TargetSpec::indicator).containsExactly("宿州市绿色工厂".substring(3));
        assertThat(failing.findTargets("x")).hasSize(1);
    }

    @Test
    void readsWithoutFailureOnOrdinaryText() {
        TargetReading reading = new TargetPhraseParser().read("秸秆综合利用率达92%以上");

        assertThat(reading.failed()).isFalse();
        assertThat(reading.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("92"));
    }
}

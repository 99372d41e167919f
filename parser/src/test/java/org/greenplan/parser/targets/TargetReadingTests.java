package org.greenplan.parser.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link TargetPhraseParser#read(String)} says what it could not read instead of returning fewer targets silently. */
class TargetReadingTests {

    @Test
    void reportsAFailureWithTheTargetsFoundBeforeIt() {
        TargetPhraseParser failing = new TargetPhraseParser((text, findings) -> {
            TargetPhraseParser.collect("培育绿色工厂2家以上", findings);
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
        assertThat(reading.failure()).isNull();
        assertThat(reading.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("92"));
    }

    @Test
    void aMisprintedNumberCostsOnlyItsOwnTarget() {
        String text = "培育绿色工厂2家以上，完成投资1234,567万元，新增造林100亩";

        TargetReading reading = new TargetPhraseParser().read(text);

        assertThat(TargetOutlines.of(reading.targets())).isEqualTo("绿色工厂 >= 2 家; 新增造林 >= 100 亩");
        assertThat(reading.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.phrase()).isEqualTo("1234,567万元");
            assertThat(failure.start()).isEqualTo(text.indexOf("1234"));
            assertThat(failure.message()).isEqualTo("1234,567万元：NumberFormatException: not a number: 1234,567");
        });
    }

    @Test
    void reportsEveryMisprintedNumberOfATask() {
        TargetReading reading = new TargetPhraseParser().read("完成投资1234,567万元，新增造林12345,678亩");

        assertThat(reading.targets()).isEmpty();
        assertThat(reading.failures())
                .extracting(TargetReading.Failure::phrase)
                .containsExactly("1234,567万元", "12345,678亩");
        assertThat(reading.failure()).contains("1234,567万元：").contains("; 12345,678亩：");
    }

    @Test
    void readsAsciiThousandsSeparators() {
        TargetPhraseParser parser = new TargetPhraseParser();

        assertThat(TargetOutlines.of(parser.findTargets("新增1,234.5亩，培育绿色工厂2家以上")))
                .isEqualTo("新增 >= 1234.5 亩; 绿色工厂 >= 2 家");
        assertThat(TargetOutlines.of(parser.findTargets("完成投资1,234,567万元"))).isEqualTo("投资 >= 12345670000 元");
        assertThat(TargetOutlines.of(parser.findTargets("新增造林１,２３４亩"))).isEqualTo("新增造林 >= 1234 亩");
    }

    @Test
    void aFullWidthCommaBetweenDigitsSeparatesClauses() {
        TargetReading reading = new TargetPhraseParser().read("新增造林1，234个村庄完成绿化改造");

        assertThat(reading.failed()).isFalse();
        assertThat(reading.targets())
                .noneMatch(t -> t.value() != null && t.value().intValue() == 1234);
    }

    @Test
    void aCommaBeforeOtherThanThreeDigitsEndsTheNumber() {
        assertThat(TargetOutlines.of(new TargetPhraseParser().findTargets("培育绿色工厂2家以上,1234个村庄完成改造")))
                .doesNotContain("2.1234")
                .startsWith("绿色工厂 >= 2 家");
    }
}

package org.greenplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.greenplan.parser.targets.TargetComparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reading a value as typed. */
class ReportedValueParserTests {
    private static final TargetTerms STRAW =
            new TargetTerms("秸秆综合利用率", TargetComparator.AT_LEAST, new BigDecimal("92"), null, "%", "秸秆综合利用率达92%以上");
    private static final TargetTerms CAPACITY = new TargetTerms(
            "新增可再生能源发电装机", TargetComparator.AT_LEAST, new BigDecimal("150000"), null, "kW", "新增可再生能源发电装机15万千瓦以上");
    private static final TargetTerms FACTORIES =
            new TargetTerms("绿色工厂", TargetComparator.AT_LEAST, new BigDecimal("2"), null, "家", "培育绿色工厂2家以上");
    private static final TargetTerms ENERGY = new TargetTerms(
            "单位GDP能耗", TargetComparator.DECREASE_BY, new BigDecimal("13.5"), null, "%", "单位GDP能耗下降13.5%");

    private static ParsedValue straw(String input) {
        return new ReportedValueParser(STRAW).parse(input);
    }

    @ParameterizedTest(name = "{0} → {1}, approximate {2}")
    @CsvSource(delimiter = '|', textBlock = """
            92            | 92     | false
            92%           | 92     | false
            '  92 '       | 92     | false
            ９２          | 92     | false
            ９２％        | 92     | false
            88.5          | 88.5   | false
            约92%         | 92     | true
            大约92        | 92     | true
            92%左右       | 92     | true
            九十二        | 92     | false
            约九十二      | 92     | true
            百分之九十二  | 92     | false
            1,234.5       | 1234.5 | false
            -3.5          | -3.5   | false
            """)
    void readsTheUsualShapes(String input, String value, boolean approximate) {
        ParsedValue parsed = straw(input);

        assertThat(parsed.isAccepted()).as(input).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo(value);
        assertThat(parsed.approximate()).isEqualTo(approximate);
        assertThat(parsed.needsConfirmation()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            N/A      | target.value.notANumber
            见附件   | target.value.notANumber
            无       | target.value.notANumber
            1.2.3    | target.value.malformed
            92吨     | target.value.foreignUnit
            92 亩    | target.value.foreignUnit
            """)
    void rejectsWhatIsNotANumberAndNeverReadsItAsZero(String input, String key) {
        ParsedValue parsed = straw(input);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.value()).isNull();
        assertThat(parsed.messageKey()).isEqualTo(key);
        assertThat(parsed.arguments()).first().isEqualTo(input.strip());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void rejectsEmptyInput(String input) {
        assertThat(straw(input).messageKey()).isEqualTo(ReportedValueParser.EMPTY);
    }

    @Test
    void rejectsOverlongInput() {
        assertThat(straw("9".repeat(ReportedValueParser.MAX_LENGTH + 1)).messageKey())
                .isEqualTo(ReportedValueParser.TOO_LONG);
    }

    @Test
    void asksToConfirmAFractionTypedForAPercentTarget() {
        ParsedValue parsed = straw("0.92");

        assertThat(parsed.isAccepted()).isTrue();
        assertThat(parsed.needsConfirmation()).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo("0.92");
        assertThat(parsed.messageKey()).isEqualTo(ReportedValueParser.CONFIRM_PERCENT);
        assertThat(parsed.arguments()).containsExactly("0.92", "92", "92");
        assertThat(parsed.isStorable(false)).isFalse();
        assertThat(parsed.isStorable(true)).isTrue();
    }

    @Test
    void aFractionWithAPercentSignIsTakenAtItsWord() {
        assertThat(straw("0.92%").needsConfirmation()).isFalse();
    }

    @Test
    void aFractionIsNotDoubtfulForATargetInOtherUnits() {
        assertThat(new ReportedValueParser(CAPACITY).parse("0.5").needsConfirmation())
                .isFalse();
    }

    @Test
    void readsTenThousandsForAQuantity() {
        assertThat(new ReportedValueParser(CAPACITY).parse("15万").value()).isEqualByComparingTo("150000");
    }

    @Test
    void acceptsTheTargetsOwnUnitAfterTheNumber() {
        assertThat(new ReportedValueParser(FACTORIES).parse("3家").value()).isEqualByComparingTo("3");
    }

    @Test
    void rejectsAPercentSignForATargetThatIsNotAPercentage() {
        ParsedValue parsed = new ReportedValueParser(CAPACITY).parse("92%");

        assertThat(parsed.messageKey()).isEqualTo(ReportedValueParser.PERCENT_NOT_ALLOWED);
        assertThat(parsed.arguments()).containsExactly("92%", "kW");
    }

    @Test
    void rejectsAChangeTypedForARelativeChangeTarget() {
        assertThat(new ReportedValueParser(ENERGY).parse("5%").messageKey())
                .isEqualTo(ReportedValueParser.LEVEL_EXPECTED);
    }

    @Test
    void rejectionMessagesAreChineseAndSayWhatIsWrong() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ParsedValue parsed = straw("见附件");

        String text =
                messages.getMessage(parsed.messageKey(), parsed.arguments().toArray(), Locale.SIMPLIFIED_CHINESE);

        assertThat(text).startsWith("“见附件”不是数值").contains("备注");
    }
}

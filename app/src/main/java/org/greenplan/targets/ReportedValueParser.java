package org.greenplan.targets;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.parser.targets.ChineseNumbers;
import org.greenplan.parser.targets.TargetUnits;

/**
 * Reads a value as the office or a unit types it (填报数值) for one target.
 *
 * <p>Accepted shapes (after Unicode NFKC, so full-width ９２ and ％ are read as 92 and %):
 * {@code 92}, {@code 92%}, {@code 1,234.5}, {@code 15万} (150000), {@code -3.5}, Chinese numerals
 * (九十二, 三点五; read by the parser library's {@link ChineseNumbers}), {@code 百分之九十二} (92 %), and the
 * target's own unit code after the number ({@code 3家}). 约, 大约, 近, 接近, ≈, ~ before the number or
 * 左右, 上下 after it mark the value {@link ParsedValue#approximate() approximate}.
 *
 * <p>Never returns 0 for what it cannot read: empty input, text (N/A, 见附件), a garbled number, a
 * foreign unit or a % sign where the target is not a percentage are rejected with a message key that
 * says which ({@link #rangeProblem} adds the range of a rate). A number that looks like the wrong unit — 0 &lt; x ≤ 1 typed without % for a % target
 * whose value is above 1 (0.92 against ≥ 92 %) — is accepted with {@link ParsedValue#needsConfirmation()}.
 *
 * <p>Instances are immutable and may be shared.
 */
public final class ReportedValueParser {
    /** Longest input read, in characters. */
    public static final int MAX_LENGTH = 40;
    /** Nothing was typed. */
    public static final String EMPTY = "target.value.empty";
    /** Longer than {@link #MAX_LENGTH}; argument: the limit. */
    public static final String TOO_LONG = "target.value.tooLong";
    /** Text without any number (N/A, 见附件); argument: the input. */
    public static final String NOT_A_NUMBER = "target.value.notANumber";
    /** Digits that do not form a number (1.2.3); argument: the input. */
    public static final String MALFORMED = "target.value.malformed";
    /** A number followed by a unit that is not the target's; arguments: input, unit typed, target unit. */
    public static final String FOREIGN_UNIT = "target.value.foreignUnit";
    /** A % sign for a target that is not a percentage; arguments: input, target unit. */
    public static final String PERCENT_NOT_ALLOWED = "target.value.percentNotAllowed";
    /** A % sign for a relative-change target, whose level is reported; argument: input. */
    public static final String LEVEL_EXPECTED = "target.value.levelExpected";
    /** A negative value for a rate (a share in %); argument: the input. */
    public static final String RATE_NEGATIVE = "target.value.rateNegative";
    /** A rate (a share in %) above 100 %; argument: the input. */
    public static final String RATE_ABOVE_100 = "target.value.rateAbove100";
    /** 0.92 against a % target above 1; arguments: value, target value, value × 100. */
    public static final String CONFIRM_PERCENT = "target.value.confirmPercent";

    private static final List<String> APPROX_BEFORE = List.of("大约", "大概", "约为", "约", "接近", "近", "≈", "~");
    private static final List<String> APPROX_AFTER = List.of("左右", "上下");
    private static final Pattern LEADING_NUMBER = Pattern.compile("[+-]?\\d[\\d,]*(?:\\.\\d+)?(?:万亿|亿|万)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern GROWTH = Pattern.compile("增长|增速|增幅|增加|提高|下降|降低|减少");
    private static final Pattern ANY_NUMERAL = Pattern.compile("[0-9零〇一二两三四五六七八九十百千万亿]");

    private final TargetTerms terms;

    /** @param terms the target the value is reported for */
    public ReportedValueParser(TargetTerms terms) {
        this.terms = terms;
    }

    /**
     * @param input the value as typed; null is read as empty
     * @return the value read, to be confirmed, or rejected with a reason; never throws
     */
    public ParsedValue parse(String input) {
        if (input == null || input.isBlank()) {
            return ParsedValue.reject(EMPTY);
        }
        String typed = input.strip();
        if (typed.length() > MAX_LENGTH) {
            return ParsedValue.reject(TOO_LONG, String.valueOf(MAX_LENGTH));
        }
        Entry entry =
                Entry.read(Normalizer.normalize(typed, Normalizer.Form.NFKC).strip(), terms.levelUnit());
        BigDecimal value;
        try {
            value = ChineseNumbers.parse(entry.number());
        } catch (RuntimeException unreadable) { // NumberFormatException, or a surprise on odd numerals
            return unreadable(typed, entry.number());
        }
        return judge(typed, entry, value);
    }

    private ParsedValue judge(String typed, Entry entry, BigDecimal value) {
        if (entry.percent() && terms.isRelativeChange()) {
            return ParsedValue.reject(LEVEL_EXPECTED, typed);
        }
        if (entry.percent() && !TargetUnits.PERCENT.equals(terms.levelUnit())) {
            return ParsedValue.reject(PERCENT_NOT_ALLOWED, typed, String.valueOf(terms.levelUnit()));
        }
        if (!entry.percent() && looksLikeAFraction(value)) {
            return ParsedValue.confirm(
                    value,
                    entry.approximate(),
                    CONFIRM_PERCENT,
                    value.toPlainString(),
                    terms.value().stripTrailingZeros().toPlainString(),
                    value.movePointRight(2).stripTrailingZeros().toPlainString());
        }
        return ParsedValue.accept(value, entry.approximate());
    }

    /**
     * The range rule, applied by the forms after a value reads (the parser itself reads shapes): a share
     * in % (a rate: 利用率, 覆盖率, a pp target's rate) lies between 0 and 100 %.
     *
     * @param value a value read for this parser's target
     * @return {@link #RATE_NEGATIVE} or {@link #RATE_ABOVE_100}, or null when the value is in range
     */
    public String rangeProblem(BigDecimal value) {
        if (value == null || !isShare()) {
            return null;
        }
        if (value.signum() < 0) {
            return RATE_NEGATIVE;
        }
        return value.compareTo(HUNDRED) > 0 ? RATE_ABOVE_100 : null;
    }

    /**
     * @return true when the level is a share in % (秸秆综合利用率, 覆盖率, a pp target's rate): it lies between 0
     *         and 100 %. Growth rates (增长, 增速, 增幅) may be negative and are not shares.
     */
    private boolean isShare() {
        return TargetUnits.PERCENT.equals(terms.levelUnit())
                && !GROWTH.matcher(terms.indicator()).find();
    }

    private boolean looksLikeAFraction(BigDecimal value) {
        return TargetUnits.PERCENT.equals(terms.unit())
                && !terms.isChange()
                && terms.value() != null
                && terms.value().compareTo(BigDecimal.ONE) > 0
                && value.signum() > 0
                && value.compareTo(BigDecimal.ONE) <= 0;
    }

    private ParsedValue unreadable(String typed, String number) {
        if (!ANY_NUMERAL.matcher(number).find()) {
            return ParsedValue.reject(NOT_A_NUMBER, typed);
        }
        Matcher m = LEADING_NUMBER.matcher(number);
        String rest = m.lookingAt() ? number.substring(m.end()).strip() : "";
        if (!rest.isEmpty() && !rest.matches("[\\d.,].*")) {
            String unit = terms.levelUnit() == null ? "-" : terms.levelUnit();
            return ParsedValue.reject(FOREIGN_UNIT, typed, rest, unit);
        }
        return ParsedValue.reject(MALFORMED, typed);
    }

    /** The typed text split into its number, its approximation marks and its % sign. */
    private record Entry(String number, boolean approximate, boolean percent) {
        static Entry read(String text, String levelUnit) {
            String s = text;
            boolean approximate = false;
            for (String mark : APPROX_BEFORE) {
                if (s.startsWith(mark)) {
                    s = s.substring(mark.length()).strip();
                    approximate = true;
                    break;
                }
            }
            for (String mark : APPROX_AFTER) {
                if (s.endsWith(mark)) {
                    s = s.substring(0, s.length() - mark.length()).strip();
                    approximate = true;
                    break;
                }
            }
            return withUnit(s, approximate, levelUnit);
        }

        private static Entry withUnit(String s, boolean approximate, String levelUnit) {
            if (s.startsWith("百分之")) {
                return new Entry(s.substring(3), approximate, true);
            }
            if (s.endsWith("%")) {
                return new Entry(s.substring(0, s.length() - 1).strip(), approximate, true);
            }
            if (levelUnit != null
                    && !levelUnit.equals(TargetUnits.PERCENT)
                    && s.endsWith(levelUnit)
                    && s.length() > levelUnit.length()) {
                return new Entry(s.substring(0, s.length() - levelUnit.length()).strip(), approximate, false);
            }
            return new Entry(s, approximate, false);
        }
    }
}

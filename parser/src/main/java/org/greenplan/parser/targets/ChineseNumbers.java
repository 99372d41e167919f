package org.greenplan.parser.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Reads and writes numbers as printed in Chinese plans (数字): Arabic, Chinese numerals (中文数字) and
 * fractions (分数).
 *
 * <p>Shapes read by {@link #parse}:
 * <ul>
 *   <li>Arabic: {@code 1200}, {@code 1,200}, {@code 32.8}, full-width {@code ９２}, optionally followed by
 *       万, 亿 or 万亿: {@code 2.2万亿} → 2200000000000;</li>
 *   <li>Chinese numerals: 零, 两, 十二, 一百二十, 三千五百, 一万, 十五万, 两万亿, 一亿零一千, decimals
 *       (三点五 → 3.5), digit strings (二〇二二 → 2022) and the colloquial 三千五 (3500), 两万三 (23000);</li>
 *   <li>fractions, as ratios: 三分之一 → 0.3333333333 (10 decimals, half-up), 百分之九十 → 0.9,
 *       千分之五 → 0.005, 百分之百 → 1. The target parser reports these as percent: 33.33 %, 90 %.</li>
 * </ul>
 */
public final class ChineseNumbers {
    static final String DIGITS = "零一二三四五六七八九";
    private static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";
    private static final String NUMERAL_STARTS = "零〇一二两三四五六七八九十";
    private static final ReusedMatcher ARABIC =
            ReusedMatcher.compile("([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万亿|亿|万)?");
    private static final int FRACTION_SCALE = 10;

    private ChineseNumbers() {}

    /**
     * Reads one number.
     *
     * @param text the number as printed, e.g. {@code 1,200}, {@code ９２}, 三千五百, 15万, 三分之一
     * @return its value without trailing zeros and with a scale of at least 0 (150000, not 1.5E+5)
     * @throws NumberFormatException when {@code text} is null or is not exactly one number
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new NumberFormatException("no number in " + text);
        }
        String s = text.strip();
        int fraction = s.indexOf("分之");
        try {
            return plain(fraction >= 0 ? fraction(s, fraction) : number(s));
        } catch (ArithmeticException e) {
            throw new NumberFormatException("number out of range: " + text);
        }
    }

    /**
     * Writes a whole number in Chinese numerals, the way plans print them: 10 → 十, 12 → 十二,
     * 1010 → 一千零一十, 150000 → 十五万, 100001000 → 一亿零一千. {@link #parse} reads the result back.
     *
     * @param number a whole number with an absolute value below 10<sup>16</sup> (万亿 is the largest unit)
     * @return the numeral, prefixed by 负 when negative
     * @throws IllegalArgumentException when the number is out of range
     */
    public static String format(long number) {
        return NumeralSections.format(number);
    }

    /** Strips trailing zeros but keeps a scale of at least 0, so values print as 150000 and compare equal. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** @return 0–9 for an Arabic digit, half- or full-width; -1 otherwise */
    static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= '０' && c <= '９' ? c - '０' : -1;
    }

    static boolean isNumeralStart(char c) {
        return NUMERAL_STARTS.indexOf(c) >= 0;
    }

    static boolean isNumeralChar(char c) {
        return NUMERAL_CHARS.indexOf(c) >= 0;
    }

    private static BigDecimal number(String s) {
        if (s.isEmpty()) {
            throw new NumberFormatException("missing number");
        }
        char first = s.charAt(0);
        if (arabicDigit(first) >= 0 || first == '+' || first == '-') {
            return arabic(s);
        }
        if (first == '负') {
            return number(s.substring(1)).negate();
        }
        int dot = s.indexOf('点');
        if (dot < 0) {
            return BigDecimal.valueOf(NumeralSections.parseInteger(s));
        }
        BigDecimal whole = BigDecimal.valueOf(NumeralSections.parseInteger(s.substring(0, dot)));
        String decimals = NumeralSections.digitsOf(s.substring(dot + 1));
        return new BigDecimal(whole.toPlainString() + "." + decimals);
    }

    private static BigDecimal arabic(String s) {
        Matcher m = ARABIC.on(halfWidth(s));
        if (!m.matches()) {
            throw new NumberFormatException("not a number: " + s);
        }
        String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
        BigDecimal value = new BigDecimal(m.group(1) + digits);
        return m.group(4) == null ? value : value.multiply(magnitude(m.group(4)));
    }

    private static BigDecimal magnitude(String word) {
        return switch (word) {
            case "万" -> BigDecimal.TEN.pow(4);
            case "亿" -> BigDecimal.TEN.pow(8);
            default -> BigDecimal.TEN.pow(12);
        };
    }

    private static BigDecimal fraction(String s, int at) {
        BigDecimal denominator = switch (s.substring(0, at)) {
            case "百" -> BigDecimal.valueOf(100);
            case "千" -> BigDecimal.valueOf(1000);
            case "万" -> BigDecimal.valueOf(10_000);
            default -> number(s.substring(0, at));
        };
        String printedNumerator = s.substring(at + 2);
        BigDecimal numerator = printedNumerator.equals(s.substring(0, at)) ? denominator : number(printedNumerator);
        if (denominator.signum() == 0) {
            throw new NumberFormatException("zero denominator: " + s);
        }
        return numerator.divide(denominator, FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    private static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int digit = arabicDigit(c);
            out.append(digit >= 0 ? (char) ('0' + digit) : c == '．' ? '.' : c == '，' ? ',' : c);
        }
        return out.toString();
    }
}

package org.greenplan.parser.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the numbers in a text, left to right: Arabic (full-width digits, thousands separators, decimals),
 * Chinese numerals and fractions (三分之一, 百分之九十). A Chinese numeral stops where a unit starts, so
 * 十五万千瓦 reads as 十五万 followed by 千瓦. Words that only look like numerals (十四五) are skipped whole.
 *
 * <p>Thousands separators: an ASCII comma followed by exactly three digits and no fourth continues the number
 * (1,234 and 1,234.5 read as 1234 and 1234.5). A full-width ， never does: in Chinese text it separates clauses
 * and list items (新增造林1000亩，234个村庄…), and the plans read (the corpus, 宿州) print large numbers
 * without any separator (1000座, 2400户) and never put a full-width ， between digit groups. A leading group of
 * more than three digits (1234,567) is misprinted: the number is one token whose value fails when read, so
 * that the target reading reports that phrase instead of guessing.
 *
 * <p>A number is found by its span only; its value is read when it is asked for ({@link NumberToken#value}),
 * since most numbers of a task text (years, months, 一 in 统一) never become a target.
 */
final class NumberScanner {

    /**
     * A number as printed at [start, end).
     *
     * @param fraction true for 三分之一 and 百分之九十, whose value is a ratio (0.9)
     * @param chinese  true when written in Chinese numerals
     */
    record NumberToken(int start, int end, boolean chinese, boolean fraction) {
        /** @return the number's value (see {@link ChineseNumbers#parse}), {@code text} being the scanned text */
        BigDecimal value(String text) {
            BigDecimal digits = chinese ? null : plainDigits(text, start, end);
            return digits != null ? digits : ChineseNumbers.parse(text.substring(start, end));
        }
    }

    /** Digits a long holds whatever they are (and a decimal point). */
    private static final int MAX_PLAIN_DIGITS = 18;

    private static final String[] PER_DENOMINATORS = {"百分之", "千分之", "万分之"};
    /** Every character a number or a run of numerals holds: any other character is passed over at once. */
    private static final BitSet NUMBER_CHARS = numberChars();

    private NumberScanner() {}

    /** @return every number of {@code text}, in order */
    static List<NumberToken> scan(String text) {
        List<NumberToken> tokens = new ArrayList<>();
        for (NumberToken token = next(text, 0); token != null; token = next(text, token.end())) {
            tokens.add(token);
        }
        return tokens;
    }

    /**
     * @param from 0, or the end of the number found before: the scan goes on where {@link #scan} would
     * @return the next number at or after {@code from}, or null when there is none
     */
    static NumberToken next(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!NUMBER_CHARS.get(c)) {
                i++;
                continue;
            }
            NumberToken token = numberAt(text, i);
            if (token != null) {
                return token;
            }
            i = ChineseNumbers.isNumeralChar(c) ? runEnd(text, i) : i + 1;
        }
        return null;
    }

    /** @return the number starting exactly at {@code i}, or null */
    static NumberToken numberAt(String text, int i) {
        if (i >= text.length()) {
            return null;
        }
        char first = text.charAt(i);
        if (ChineseNumbers.arabicDigit(first) < 0 && !ChineseNumbers.isNumeralStart(first) && !isPerStart(first)) {
            return null; // most characters of a text: none of the tests below can succeed
        }
        if (text.startsWith("百分之百", i)) {
            return new NumberToken(i, i + "百分之百".length(), true, true);
        }
        for (String per : PER_DENOMINATORS) {
            if (text.startsWith(per, i)) {
                return fraction(text, i, i + per.length());
            }
        }
        if (ChineseNumbers.arabicDigit(first) >= 0) {
            return arabic(text, i);
        }
        return ChineseNumbers.isNumeralStart(first) ? chinese(text, i) : null;
    }

    /** @return whether {@code c} starts 百分之, 千分之 or 万分之 */
    private static boolean isPerStart(char c) {
        return c == '百' || c == '千' || c == '万';
    }

    private static NumberToken arabic(String text, int start) {
        int end = digitsEnd(text, start);
        while (isThousandsGroup(text, end)) {
            end += 4;
        }
        if (end + 1 < text.length()
                && ".．".indexOf(text.charAt(end)) >= 0
                && ChineseNumbers.arabicDigit(text.charAt(end + 1)) >= 0) {
            end = digitsEnd(text, end + 1);
        }
        // A misprinted grouping (1234,567) is still one token: read as 1234 and 567, 567万元 would become a
        // target nobody printed; its value fails when asked for, and the target reading reports that phrase.
        return new NumberToken(start, end, false, false);
    }

    private static boolean isThousandsGroup(String text, int comma) {
        return comma + 3 < text.length() && text.charAt(comma) == ',' && digitsEnd(text, comma + 1) == comma + 4;
    }

    private static int digitsEnd(String text, int i) {
        int end = i;
        while (end < text.length() && ChineseNumbers.arabicDigit(text.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    private static NumberToken chinese(String text, int start) {
        int end = runEnd(text, start);
        if (text.startsWith("分之", end)) {
            return fraction(text, start, end + 2);
        }
        return readable(text, start, end) ? new NumberToken(start, end, true, false) : null;
    }

    /**
     * 三分之一, 百分之九十: the denominator printed at [start, numeratorStart - 2), then 分之 and the numerator; a
     * fraction that does not read as a number (零分之一) is none.
     */
    private static NumberToken fraction(String text, int start, int numeratorStart) {
        int end = -1;
        if (ChineseNumbers.arabicDigit(charAt(text, numeratorStart)) >= 0) {
            end = arabic(text, numeratorStart).end();
        } else if (ChineseNumbers.isNumeralStart(charAt(text, numeratorStart))) {
            NumberToken numerator = chinese(text, numeratorStart);
            end = numerator == null || numerator.fraction() ? -1 : numerator.end();
        }
        return end >= 0 && readable(text, start, end) ? new NumberToken(start, end, true, true) : null;
    }

    /**
     * @return whether [start, end) reads as a number; a single numeral (一, 两, 十) always does, and Arabic digits
     *         are never asked here, so only longer runs of numerals (十四五 does not) are parsed to find out
     */
    private static boolean readable(String text, int start, int end) {
        if (end - start == 1) {
            return true;
        }
        try {
            ChineseNumbers.parse(text.substring(start, end));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** End of a run of numeral characters (and 点 between them), stopping where a unit such as 千瓦 starts. */
    private static int runEnd(String text, int start) {
        int end = start;
        while (end < text.length() && (end == start || !UnitCatalogue.startsUnit(text, end))) {
            char c = text.charAt(end);
            boolean decimalPoint = c == '点' && end > start && ChineseNumbers.isNumeralStart(charAt(text, end + 1));
            if (!ChineseNumbers.isNumeralChar(c) && !decimalPoint) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * The common Arabic number (92, 32.8, full-width ９２) read without a copy or a regular expression: the value
     * {@link ChineseNumbers#parse} gives, as both strip trailing zeros the same way.
     *
     * @return the value, or null for what this does not read (thousands separators, more than 18 digits)
     */
    private static BigDecimal plainDigits(String text, int start, int end) {
        if (end - start > MAX_PLAIN_DIGITS) {
            return null;
        }
        long unscaled = 0;
        int scale = -1;
        for (int i = start; i < end; i++) {
            int digit = ChineseNumbers.arabicDigit(text.charAt(i));
            if (digit >= 0) {
                unscaled = unscaled * 10 + digit;
                scale += scale >= 0 ? 1 : 0;
            } else if (scale < 0 && ".．".indexOf(text.charAt(i)) >= 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        return ChineseNumbers.plain(BigDecimal.valueOf(unscaled, Math.max(scale, 0)));
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static BitSet numberChars() {
        BitSet chars = new BitSet();
        chars.set('0', '9' + 1);
        chars.set('０', '９' + 1);
        for (char c : "零〇一二两三四五六七八九十百千万亿".toCharArray()) {
            chars.set(c);
        }
        return chars;
    }
}

package org.greenplan.parser.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the numbers in a text, left to right: Arabic (full-width digits, thousands separators, decimals),
 * Chinese numerals and fractions (三分之一, 百分之九十). A Chinese numeral stops where a unit starts, so
 * 十五万千瓦 reads as 十五万 followed by 千瓦. Words that only look like numerals (十四五) are skipped whole.
 */
final class NumberScanner {

    /**
     * A number as printed.
     *
     * @param fraction true for 三分之一 and 百分之九十, whose {@code value} is a ratio (0.9)
     * @param chinese  true when written in Chinese numerals
     */
    record NumberToken(int start, int end, BigDecimal value, boolean chinese, boolean fraction) {}

    private static final String[] PER_DENOMINATORS = {"百分之", "千分之", "万分之"};

    private NumberScanner() {}

    static List<NumberToken> scan(String text) {
        List<NumberToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Optional<NumberToken> token = numberAt(text, i);
            if (token.isPresent()) {
                tokens.add(token.get());
                i = token.get().end();
            } else {
                i = ChineseNumbers.isNumeralChar(text.charAt(i)) ? runEnd(text, i) : i + 1;
            }
        }
        return tokens;
    }

    /** @return the number starting exactly at {@code i}, if any */
    static Optional<NumberToken> numberAt(String text, int i) {
        if (i >= text.length()) {
            return Optional.empty();
        }
        char first = text.charAt(i);
        if (ChineseNumbers.arabicDigit(first) < 0 && !ChineseNumbers.isNumeralStart(first) && !isPerStart(first)) {
            return Optional.empty(); // most characters of a text: none of the tests below can succeed
        }
        if (text.startsWith("百分之百", i)) {
            return Optional.of(new NumberToken(i, i + "百分之百".length(), BigDecimal.ONE, true, true));
        }
        for (String per : PER_DENOMINATORS) {
            if (text.startsWith(per, i)) {
                return fraction(text, i, i + per.length(), per.substring(0, 1));
            }
        }
        if (ChineseNumbers.arabicDigit(text.charAt(i)) >= 0) {
            return Optional.of(arabic(text, i));
        }
        return ChineseNumbers.isNumeralStart(text.charAt(i)) ? chinese(text, i) : Optional.empty();
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
        return new NumberToken(start, end, ChineseNumbers.parse(text.substring(start, end)), false, false);
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

    private static Optional<NumberToken> chinese(String text, int start) {
        int end = runEnd(text, start);
        if (text.startsWith("分之", end)) {
            return fraction(text, start, end + 2, text.substring(start, end));
        }
        return value(text.substring(start, end)).map(v -> new NumberToken(start, end, v, true, false));
    }

    private static Optional<NumberToken> fraction(String text, int start, int numeratorStart, String denominator) {
        Optional<NumberToken> numerator = ChineseNumbers.arabicDigit(charAt(text, numeratorStart)) >= 0
                ? Optional.of(arabic(text, numeratorStart))
                : ChineseNumbers.isNumeralStart(charAt(text, numeratorStart))
                        ? chinese(text, numeratorStart).filter(t -> !t.fraction())
                        : Optional.empty();
        return numerator.flatMap(n -> value(denominator + "分之" + text.substring(n.start(), n.end()))
                .map(v -> new NumberToken(start, n.end(), v, true, true)));
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

    private static Optional<BigDecimal> value(String printed) {
        try {
            return Optional.of(ChineseNumbers.parse(printed));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }
}

package org.greenplan.parser.plan;

/**
 * Chinese numerals as printed in numbering (一 … 九十九) and dates (二〇二二年三月十八日).
 */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    /**
     * @param numeral e.g. 一, 十, 十一, 二十, 九十九
     * @return its value 1..99, or -1 when it is not such a numeral
     */
    static int parse(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? digit(numeral.charAt(0), 1) : -1;
        }
        if (ten != numeral.lastIndexOf('十') || numeral.length() > 3) {
            return -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? digit(numeral.charAt(0), 2) : -1);
        int ones = ten == numeral.length() - 1 ? 0 : digit(numeral.charAt(ten + 1), 1);
        return tens < 0 || ones < 0 || ten > 1 ? -1 : tens * 10 + ones;
    }

    /**
     * Reads a year written digit by digit (二〇二二) or any Arabic/full-width digit string.
     *
     * @return the value, or -1 when a character is not a digit
     */
    static int parseDigits(String digits) {
        return parseDigits(digits, 0, digits.length());
    }

    /** @return {@code parseDigits(text.substring(from, to))}, read in place */
    static int parseDigits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = digitValue(text.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return from >= to ? -1 : value;
    }

    /** @return 0..9 for Arabic, full-width and Chinese digits (〇/零/○ for zero), else -1 */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        if (c == '零' || c == '○' || c == 'Ｏ') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }

    /** @return the Chinese numeral for 1..99, the inverse of {@link #parse(String)} */
    static String format(int value) {
        if (value < 10) {
            return String.valueOf(DIGITS.charAt(value));
        }
        String tens = value / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(value / 10));
        return tens + "十" + (value % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(value % 10)));
    }

    private static int digit(char c, int min) {
        int d = DIGITS.indexOf(c);
        return d >= min ? d : -1;
    }
}

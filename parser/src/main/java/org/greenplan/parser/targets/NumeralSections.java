package org.greenplan.parser.targets;

/**
 * Whole Chinese numerals, read and written in four-digit sections (个, 万, 亿, 万亿). Parsing is strict
 * enough to reject run-together words such as 十四五 (a plan period, not a number).
 */
final class NumeralSections {
    private static final long WAN = 10_000L;
    private static final long YI = 100_000_000L;
    private static final char[] BIG_UNITS = {'亿', '万'};
    private static final long[] BIG_VALUES = {YI, WAN};
    private static final String SMALL_UNITS = " 十百千";
    private static final String[] SMALL_UNIT_NAMES = {"", "十", "百", "千"};
    private static final long LIMIT = 10_000_000_000_000_000L;
    private static final int MAX_DIGIT_STRING = 18;

    private NumeralSections() {}

    static long parseInteger(String s) {
        if (s.isEmpty()) {
            throw new NumberFormatException("empty numeral");
        }
        if (isDigitString(s)) {
            return Long.parseLong(digitsOf(s));
        }
        return scaled(s, 0);
    }

    /** Reads a digit-by-digit string such as 二〇二二 into ASCII digits "2022". */
    static String digitsOf(String s) {
        if (s.isEmpty() || s.length() > MAX_DIGIT_STRING || !isDigitString(s)) {
            throw new NumberFormatException("not a digit string: " + s);
        }
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(digit((char) c)));
        return out.toString();
    }

    static String format(long n) {
        if (n <= -LIMIT || n >= LIMIT) {
            throw new IllegalArgumentException("out of range for Chinese numerals: " + n);
        }
        if (n < 0) {
            return "负" + format(-n);
        }
        return n == 0 ? "零" : joined(n / YI, n % YI, "亿", YI / 10, NumeralSections::belowYi);
    }

    /** Writes {@code high}{@code name}{@code low}, with 零 where the low part skips its top digit. */
    private static String joined(long high, long low, String name, long topDigit, PartWriter part) {
        if (high == 0) {
            return part.apply(low, true);
        }
        String out = part.apply(high, true) + name;
        return low == 0 ? out : out + (low < topDigit ? "零" : "") + part.apply(low, false);
    }

    private static String belowYi(long n, boolean leading) {
        return joined(n / WAN, n % WAN, "万", WAN / 10, (part, lead) -> section((int) part, lead));
    }

    /** Writes one part of a numeral; {@code leading} parts write 10–19 as 十…, not 一十…. */
    private interface PartWriter {
        String apply(long value, boolean leading);
    }

    private static String section(int value, boolean leading) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int p = 3; p >= 0; p--) {
            int d = (int) (value / pow10(p) % 10);
            if (d == 0) {
                zero |= out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            if (!(leading && p == 1 && d == 1 && out.length() == 0)) {
                out.append(ChineseNumbers.DIGITS.charAt(d));
            }
            out.append(SMALL_UNIT_NAMES[p]);
        }
        return out.toString();
    }

    private static long scaled(String s, int level) {
        if (level == BIG_UNITS.length) {
            return section(s);
        }
        int at = s.lastIndexOf(BIG_UNITS[level]);
        if (at < 0) {
            return scaled(s, level + 1);
        }
        long unit = BIG_VALUES[level];
        long high = level == 0 ? scaled(s.substring(0, at), 1) : section(s.substring(0, at));
        if (high == 0) {
            throw new NumberFormatException("nothing before " + BIG_UNITS[level] + " in " + s);
        }
        return Math.addExact(Math.multiplyExact(high, unit), low(s.substring(at + 1), level, unit));
    }

    /** The part after 万 or 亿: 零一 (gap), a lone digit (两万三 = 23000), or a smaller number. */
    private static long low(String rest, int level, long unit) {
        if (rest.isEmpty()) {
            return 0;
        }
        if (rest.length() == 1 && digit(rest.charAt(0)) > 0) {
            return digit(rest.charAt(0)) * (unit / 10);
        }
        boolean gap = digit(rest.charAt(0)) == 0;
        long value = scaled(gap ? rest.substring(1) : rest, level + 1);
        if (value >= unit) {
            throw new NumberFormatException("sections out of order: " + rest);
        }
        return value;
    }

    /** A number below 10 000 built from digits and 十, 百, 千. */
    private static long section(String s) {
        if (s.isEmpty()) {
            throw new NumberFormatException("empty section");
        }
        long total = 0;
        int pending = -1;
        long lastUnit = 10_000;
        boolean zero = false;
        for (char c : s.toCharArray()) {
            long u = smallUnit(c);
            int d = digit(c);
            if (u > 0 ? u >= lastUnit : d < 0 || pending >= 0) {
                throw new NumberFormatException("not a numeral: " + s);
            }
            if (u > 0) {
                total += unitCount(pending, u, total, zero, s) * u;
                lastUnit = u;
                pending = -1;
            } else {
                pending = d > 0 ? d : -1;
            }
            zero = u < 0 && (zero || d == 0);
        }
        return pending < 0 ? total : total + colloquial(pending, lastUnit, zero);
    }

    private static long unitCount(int pending, long unit, long total, boolean zero, String s) {
        if (pending >= 0) {
            return pending;
        }
        if (unit == 10 && total == 0 && !zero) {
            return 1;
        }
        throw new NumberFormatException("unit without digit: " + s);
    }

    /** 三千五 = 3500: a last digit right after 百 or 千 counts in the next lower unit. */
    private static long colloquial(int pending, long lastUnit, boolean zero) {
        return lastUnit > 10 && lastUnit < 10_000 && !zero ? pending * (lastUnit / 10) : pending;
    }

    private static boolean isDigitString(String s) {
        return s.chars().allMatch(c -> c != '两' && digit((char) c) >= 0);
    }

    static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return ChineseNumbers.DIGITS.indexOf(c);
    }

    private static long smallUnit(char c) {
        int i = SMALL_UNITS.indexOf(c);
        return i > 0 ? pow10(i) : -1;
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }
}

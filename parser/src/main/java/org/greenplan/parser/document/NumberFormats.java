package org.greenplan.parser.document;

/**
 * Renders a list counter in one of Word's number formats ({@code w:numFmt}): {@code decimal} → "3",
 * {@code chineseCounting} → "十二", {@code decimalEnclosedCircle} → "③", {@code upperRoman} → "IV", ...
 * Unknown formats fall back to decimal; {@code bullet} and {@code none} render nothing.
 */
final class NumberFormats {

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String COUNTING_DIGITS = "零一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] CHINESE_UNITS = {"", "十", "百", "千"};
    private static final String[] LEGAL_UNITS = {"", "拾", "佰", "仟"};
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    /** Word 97's number format codes (MSONFC), in order, by their Word 2007 names. */
    private static final String[] MSONFC = {
        "decimal",
        "upperRoman",
        "lowerRoman",
        "upperLetter",
        "lowerLetter",
        "ordinal",
        "cardinalText",
        "ordinalText",
        "hex",
        "chicago",
        "ideographDigital",
        "japaneseCounting",
        "aiueo",
        "iroha",
        "decimalFullWidth",
        "decimalHalfWidth",
        "japaneseLegal",
        "japaneseDigitalTenThousand",
        "decimalEnclosedCircle",
        "decimalFullWidth2",
        "aiueoFullWidth",
        "irohaFullWidth",
        "decimalZero",
        "bullet",
        "ganada",
        "chosung",
        "decimalEnclosedFullstop",
        "decimalEnclosedParen",
        "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle",
        "ideographTraditional",
        "ideographZodiac",
        "ideographZodiacTraditional",
        "taiwaneseCounting",
        "ideographLegalTraditional",
        "taiwaneseCountingThousand",
        "taiwaneseDigital",
        "chineseCounting",
        "chineseLegalSimplified",
        "chineseCountingThousand"
    };

    private NumberFormats() {}

    /** @return the Word 2007 name of a Word 97 number format code; 255 is "none" */
    static String legacyName(int code) {
        if (code == 255) {
            return "none";
        }
        return code >= 0 && code < MSONFC.length ? MSONFC[code] : "decimal";
    }

    static String format(int n, String numFmt) {
        String fmt = numFmt == null ? "decimal" : numFmt;
        return switch (fmt) {
            case "bullet", "none" -> "";
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(n, 0x2460);
            case "decimalEnclosedParen" -> enclosed(n, 0x2474);
            case "decimalEnclosedFullstop" -> enclosed(n, 0x2488);
            case "chineseCounting",
                    "chineseCountingThousand",
                    "japaneseCounting",
                    "taiwaneseCounting",
                    "koreanCounting" -> counting(n, COUNTING_DIGITS, CHINESE_UNITS, "万");
            case "chineseLegalSimplified", "ideographLegalTraditional" -> counting(n, LEGAL_DIGITS, LEGAL_UNITS, "万");
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
            case "ideographTraditional" -> cyclic(n, STEMS);
            case "ideographZodiac" -> cyclic(n, BRANCHES);
            case "lowerLetter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> String.valueOf(n);
        };
    }

    /** Chinese counting: 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 10001 → 一万零一. */
    static String counting(int n, String digits, String[] units, String tenThousand) {
        if (n <= 0) {
            return String.valueOf(digits.charAt(0));
        }
        if (n >= 10_000) {
            int rest = n % 10_000;
            String high = counting(n / 10_000, digits, units, tenThousand) + tenThousand;
            return rest == 0 ? high : high + (rest < 1000 ? digits.charAt(0) : "") + below10000(rest, digits, units);
        }
        String text = below10000(n, digits, units);
        return n >= 10 && n < 20 ? text.substring(1) : text;
    }

    private static String below10000(int n, String digits, String[] units) {
        StringBuilder text = new StringBuilder();
        boolean pendingZero = false;
        for (int power = 3; power >= 0; power--) {
            int digit = n / (int) Math.pow(10, power) % 10;
            if (digit == 0) {
                pendingZero = text.length() > 0;
                continue;
            }
            if (pendingZero) {
                text.append(digits.charAt(0));
                pendingZero = false;
            }
            text.append(digits.charAt(digit)).append(units[power]);
        }
        return text.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder text = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            text.append(Character.isDigit(c) ? CHINESE_DIGITS.charAt(c - '0') : c);
        }
        return text.toString();
    }

    private static String fullWidth(String ascii) {
        StringBuilder text = new StringBuilder();
        ascii.chars().forEach(c -> text.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
        return text.toString();
    }

    private static String enclosed(int n, int firstCodePoint) {
        return n >= 1 && n <= 20 ? new String(Character.toChars(firstCodePoint + n - 1)) : String.valueOf(n);
    }

    private static String cyclic(int n, String symbols) {
        return n >= 1 && n <= symbols.length() ? String.valueOf(symbols.charAt(n - 1)) : String.valueOf(n);
    }

    /** Word's letter numbering: A..Z, then AA..ZZ, AAA... */
    private static String letters(int n) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        char letter = (char) ('A' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder text = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                text.append(symbols[i]);
            }
        }
        return text.toString();
    }
}

package org.greenplan.parser.plan;

import java.util.regex.Matcher;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * The numbering styles of Chinese official documents. Which level a style stands for is not fixed:
 * {@link Outliner} ranks styles in the order they first appear.
 */
enum NumberStyle {
    /** 一、 (also 一． / 一.): usually a part. */
    CHINESE_ENUM("^([一二三四五六七八九十]{1,3})[、．.]"),
    /** （一） or (一), brackets of either width: usually a section. */
    CHINESE_PAREN("^[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]"),
    /** 1. 1． 1、 1﹒ (full-width digits too), but not 1.5: usually a task. */
    ARABIC_ENUM("^([0-9０-９]{1,3})(?:[.．、﹒](?![0-9０-９]))"),
    /** （1） or (1): usually a sub-item. */
    ARABIC_PAREN("^[（(]\\s*([0-9０-９]{1,3})\\s*[）)]"),
    /** ① … ⑳. */
    CIRCLED("^([①-⑳])");

    /** {@code values()} copies the array on every call, and every line of a document is asked. */
    private static final NumberStyle[] STYLES = values();

    private final ReusedMatcher pattern;

    NumberStyle(String regex) {
        this.pattern = ReusedMatcher.compile(regex);
    }

    /** @return the numbering at the start of {@code content}, or null */
    NumberMark match(String content) {
        Matcher m = pattern.on(content);
        if (!m.lookingAt()) { // the patterns start with ^: find() would try (and fail at) every position
            return null;
        }
        boolean arabic = this == ARABIC_ENUM || this == ARABIC_PAREN;
        // Arabic digits are read in place and their normal form is kept per value: no copy of the number per line
        String printed = arabic ? null : m.group(1);
        int value = arabic ? ChineseNumerals.parseDigits(content, m.start(1), m.end(1)) : value(printed);
        if (value < 1) {
            return null;
        }
        int end = m.end();
        while (end < content.length() && LineReader.isSpace(content.charAt(end))) {
            end++;
        }
        return new NumberMark(this, value, arabic ? arabicNumber(value) : normalise(value, printed), end);
    }

    /** Normal forms of Arabic numbers 1 to 999 (three digits at most), made on first use. */
    private final String[] arabicNumbers = new String[1000];

    /** @return 4 or （4） for this Arabic style, the same string for every line of that number */
    private String arabicNumber(int value) {
        String number = arabicNumbers[value];
        if (number == null) { // a race makes an equal string twice, which is harmless
            number = normalise(value, null);
            arabicNumbers[value] = number;
        }
        return number;
    }

    private int value(String digits) {
        return switch (this) {
            case CHINESE_ENUM, CHINESE_PAREN -> ChineseNumerals.parse(digits);
            case ARABIC_ENUM, ARABIC_PAREN -> ChineseNumerals.parseDigits(digits);
            case CIRCLED -> digits.charAt(0) - '①' + 1;
        };
    }

    /** 一, （一）, 1, （1）, ① — brackets always full-width, no trailing 、 or dot. */
    private String normalise(int value, String printed) {
        return switch (this) {
            case CHINESE_ENUM -> printed;
            case CHINESE_PAREN -> "（" + printed + "）";
            case ARABIC_ENUM -> String.valueOf(value);
            case ARABIC_PAREN -> "（" + value + "）";
            case CIRCLED -> printed;
        };
    }

    /** @return the normalised number for {@code value} in this style, e.g. 4 → （四） */
    String format(int value) {
        return switch (this) {
            case CHINESE_ENUM -> ChineseNumerals.format(value);
            case CHINESE_PAREN -> "（" + ChineseNumerals.format(value) + "）";
            case ARABIC_ENUM -> String.valueOf(value);
            case ARABIC_PAREN -> "（" + value + "）";
            case CIRCLED -> String.valueOf((char) ('①' + value - 1));
        };
    }

    /** @return whether {@code c} may begin a number of one of the styles: a numeral, a digit, a bracket */
    private static boolean mayStartNumber(char c) {
        return (c >= '0' && c <= '9')
                || (c >= '０' && c <= '９')
                || (c >= '①' && c <= '⑳')
                || c == '（'
                || c == '('
                || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /**
     * @return the numbering at the start of {@code content} in whichever style matches, or null
     */
    static NumberMark find(String content) {
        if (content.isEmpty() || !mayStartNumber(content.charAt(0))) {
            return null; // most lines: no pattern tried
        }
        for (NumberStyle style : STYLES) {
            NumberMark mark = style.match(content);
            if (mark != null) {
                return mark;
            }
        }
        return null;
    }
}

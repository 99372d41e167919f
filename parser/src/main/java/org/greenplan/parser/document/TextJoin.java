package org.greenplan.parser.document;

import java.util.regex.Pattern;

/**
 * Joins pieces of one paragraph the way a reader expects: no space between Chinese characters or
 * full-width punctuation, one space between Latin words.
 */
final class TextJoin {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*(\\r\\n|\\r|\\n|\\u2028|\\u2029|\\u000B)\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

    private TextJoin() {}

    /** @return {@code left} and {@code right} joined with nothing or one space, whichever fits */
    static String join(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        int last = left.codePointBefore(left.length());
        int first = right.codePointAt(0);
        if (Character.isWhitespace(last) || Character.isWhitespace(first) || isWide(last) || isWide(first)) {
            return left + right;
        }
        return left + " " + right;
    }

    /** @return the text on one line: line breaks joined as by {@link #join}, tabs and runs of spaces made one space, trimmed */
    static String oneLine(String text) {
        String[] pieces = LINE_BREAKS.split(text, -1);
        String joined = "";
        for (String piece : pieces) {
            joined = join(joined, piece);
        }
        return SPACES.matcher(joined).replaceAll(" ").strip();
    }

    /** @return whether the code point is CJK (Han, kana, hangul) or full-width punctuation/forms */
    static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && codePoint >= 0x2018 && codePoint <= 0x201F
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS;
    }

    /** @return the text without the spaces a layout put between two Chinese characters */
    static String dropSpacesBetweenWide(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' '
                    && kept.length() > 0
                    && isWide(kept.codePointBefore(kept.length()))
                    && nextNonSpaceIsWide(text, i)) {
                continue;
            }
            kept.append(c);
        }
        return kept.toString();
    }

    /**
     * @return the text without the spaces PDF and OFD text extraction puts between a Chinese character
     *         and a Latin letter or digit ({@code 达到 100%} → {@code 达到100%}, {@code 增加 1个百分点} →
     *         {@code 增加1个百分点}); spaces between two Latin words or numbers stay ({@code PM2.5 and O3})
     */
    static String dropSpacesBesideWide(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' '
                    && kept.length() > 0
                    && (isWide(kept.codePointBefore(kept.length())) || nextNonSpaceIsWide(text, i))
                    && !nextIsEndOrSpace(text, i)) {
                continue;
            }
            kept.append(c);
        }
        return kept.toString();
    }

    private static boolean nextIsEndOrSpace(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i >= text.length();
    }

    private static boolean nextNonSpaceIsWide(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && isWide(text.codePointAt(i));
    }
}

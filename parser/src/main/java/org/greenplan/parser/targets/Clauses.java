package org.greenplan.parser.targets;

/**
 * Clause boundaries (分句): a clause starts after the last ，。；、：！？ or bracket before a phrase, in full or
 * half width. A half-width full stop between two digits (32.8, PM2.5) is a decimal point, not a boundary.
 */
final class Clauses {
    private static final String SEPARATORS = "，。；、：！？（）,;:!?()\n\r";

    private Clauses() {}

    static boolean isSeparator(String text, int i) {
        char c = text.charAt(i);
        if (c == '.' || c == '．' || c == '﹒') {
            return !(i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)));
        }
        return SEPARATORS.indexOf(c) >= 0;
    }

    /** @return the offset where the clause holding {@code pos} starts */
    static int start(String text, int pos) {
        for (int i = Math.min(pos, text.length()) - 1; i >= 0; i--) {
            if (isSeparator(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** @return like {@link #start}, but a list joined by 、 counts as one clause (最高50万元、100万元) */
    static int listStart(String text, int pos) {
        int start = start(text, pos);
        while (start > 0 && text.charAt(start - 1) == '、') {
            start = start(text, start - 1);
        }
        return start;
    }

    /** @return the offset where the clause holding {@code pos} ends: a separator, 等 or the end of the text */
    static int end(String text, int pos) {
        for (int i = pos; i < text.length(); i++) {
            if (isSeparator(text, i) || text.charAt(i) == '等') {
                return i;
            }
        }
        return text.length();
    }

    /** @return true when {@code pos} is the end of the text or a clause separator */
    static boolean endsAt(String text, int pos) {
        return pos >= text.length() || isSeparator(text, pos);
    }

    private static boolean isDigit(char c) {
        return ChineseNumbers.arabicDigit(c) >= 0;
    }
}

package org.greenplan.parser.targets;

/**
 * Searches in a range of a text without copying it: the per-number rules ask about the clause before and after
 * every quantity, and a substring per question was a good part of what reading targets allocated.
 */
final class TextRanges {
    private TextRanges() {}

    /** @return the first offset in [from, to) where {@code word} lies wholly inside that range, or -1 */
    static int indexOf(String text, int from, int to, String word) {
        char first = word.charAt(0);
        for (int i = Math.max(0, from), last = to - word.length(); i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether {@code word} lies wholly inside [from, to) of {@code text} */
    static boolean contains(String text, int from, int to, String word) {
        return indexOf(text, from, to, word) >= 0;
    }

    /** @return whether any of {@code words} lies wholly inside [from, to) of {@code text} */
    static boolean containsAny(String text, int from, int to, String[] words) {
        for (String word : words) {
            if (contains(text, from, to, word)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code c} occurs in [from, to) of {@code text} */
    static boolean contains(String text, int from, int to, char c) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** @return whether any of {@code words} ends exactly at {@code end} */
    static boolean endsWithAny(String text, int end, String[] words) {
        for (String word : words) {
            int start = end - word.length();
            if (start >= 0 && text.startsWith(word, start)) {
                return true;
            }
        }
        return false;
    }
}

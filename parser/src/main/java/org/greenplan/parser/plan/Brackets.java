package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Round brackets of either width, which documents mix freely: （…), (…）. Square and tortoise-shell
 * brackets ([…], ［…］, 〔…〕, 【…】) hold a unit clause in some documents ({@link #squareSpans}) but also
 * document numbers (〔2020〕5号); everything else (《》) is text.
 */
final class Brackets {

    /** A top-level bracket: {@code start} at the opening bracket, {@code end} just after the closing one. */
    record Span(int start, int end) {}

    private Brackets() {}

    static boolean isOpen(char c) {
        return c == '（' || c == '(';
    }

    static boolean isClose(char c) {
        return c == '）' || c == ')';
    }

    /** @return the top-level bracket pairs of {@code text} in order; an unclosed bracket yields none */
    static List<Span> topLevel(String text) {
        List<Span> spans = new ArrayList<>(0); // most lines hold no bracket or one: no array of ten
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (isClose(c) && depth > 0 && --depth == 0) {
                spans.add(new Span(start, i + 1));
            }
        }
        return spans;
    }

    private static final String SQUARE_OPEN = "[［〔【";
    private static final String SQUARE_CLOSE = "]］〕】";

    static boolean isSquareOpen(char c) {
        return SQUARE_OPEN.indexOf(c) >= 0;
    }

    /**
     * @return the square and tortoise-shell bracket pairs of {@code text}, each from an opening bracket to
     *         the next closing one of the same kind (these brackets are not nested in running text)
     */
    static List<Span> squareSpans(String text) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int kind = SQUARE_OPEN.indexOf(text.charAt(i));
            if (kind >= 0) {
                int close = text.indexOf(SQUARE_CLOSE.charAt(kind), i + 1);
                if (close < 0) {
                    break;
                }
                spans.add(new Span(i, close + 1));
                i = close;
            }
        }
        return spans;
    }

    /** @return how many brackets are still open at the end of {@code text} */
    static int openAtEnd(String text) {
        return openBefore(text, text.length());
    }

    /** @return the brackets of {@code text[0, end)} still open at {@code end} (no copy of the prefix made) */
    static int openBefore(String text, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c) && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** Splits at any of {@code separators} that is not inside a nested bracket. */
    static List<String> splitTopLevel(String text, String separators) {
        List<String> parts = new ArrayList<>(4); // a clause's segments, a list's names: usually a few
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c) && depth > 0) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }
}

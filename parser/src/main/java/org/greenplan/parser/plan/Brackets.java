package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Round brackets of either width, which documents mix freely: （…), (…）. Other brackets (〔〕《》)
 * never hold unit clauses and are treated as text.
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
        List<Span> spans = new ArrayList<>();
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

    /** @return how many brackets are still open at the end of {@code text} */
    static int openAtEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
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
        List<String> parts = new ArrayList<>();
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

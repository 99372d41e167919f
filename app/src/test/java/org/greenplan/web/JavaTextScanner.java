package org.greenplan.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the string literals of a Java source file (plain strings and text blocks), skipping comments
 * and character literals, with their line numbers. Enough of Java's lexical grammar for the
 * hard-coded-text check; escapes are kept as written.
 */
final class JavaTextScanner {

    /** A string literal: its 1-based line and its content between the quotes. */
    record Literal(int line, String text) {}

    private JavaTextScanner() {}

    static List<Literal> literals(String source) {
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end;
                found.add(new Literal(line, source.substring(i + 3, end)));
                line += count(source, i, end);
                i = Math.min(source.length(), end + 3);
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i, c);
                if (c == '"') {
                    found.add(new Literal(line, source.substring(i + 1, end)));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int closing(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}

package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link SourceLine}s at CRLF, LF or CR (mixed endings included), keeping offsets
 * into the original string so that spans can be highlighted in what the user uploaded.
 */
final class LineReader {

    private LineReader() {}

    static List<SourceLine> read(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            lines.add(line(text, number++, start, end));
            if (end == text.length()) {
                break;
            }
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
        return lines;
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static SourceLine line(String text, int number, int start, int end) {
        int contentStart = start;
        while (contentStart < end && isSpace(text.charAt(contentStart))) {
            contentStart++;
        }
        int contentEnd = end;
        while (contentEnd > contentStart && isSpace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        return new SourceLine(number, start, contentStart, contentEnd, text.substring(contentStart, contentEnd));
    }

    /**
     * Indentation in Chinese documents is usually two U+3000 (full-width spaces) or U+2003; copied
     * web text adds U+00A0 and zero-width spaces; a BOM left inside the text counts as space too.
     */
    static boolean isSpace(char c) {
        if ((c > ' ' && c < '\u0085') || (c >= '\u3400' && c < '\uFE00')) {
            return false; // Latin letters, digits, CJK ideographs and punctuation (U+3000 is below): no space among
            // them
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}

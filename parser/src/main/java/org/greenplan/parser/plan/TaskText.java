package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a task as the parser reads it — the first line after its number, further paragraphs
 * joined with a line break — with the way back from each character to the source text.
 */
final class TaskText {

    private record Segment(int start, Token token, int sourceStart) {}

    private final String text;
    private final List<Segment> segments = new ArrayList<>();

    TaskText(List<Token> lines) {
        if (lines.size() == 1) { // most tasks: the text is the line after its number, no copy made
            Token token = lines.get(0);
            segments.add(new Segment(0, token, token.restStart()));
            this.text = token.rest();
            return;
        }
        int length = 0;
        for (Token token : lines) {
            length += token.line().content().length() + 1;
        }
        StringBuilder text = new StringBuilder(length);
        for (Token token : lines) {
            boolean first = segments.isEmpty();
            if (!first) {
                text.append('\n');
            }
            segments.add(new Segment(
                    text.length(),
                    token,
                    first ? token.restStart() : token.line().contentStart()));
            text.append(first ? token.rest() : token.line().content());
        }
        this.text = text.toString();
    }

    String text() {
        return text;
    }

    /** @return the source stretch of {@code text[from, to)}, spaces at either end left out */
    SourceSpan span(int from, int to) {
        int start = from;
        int end = to;
        while (start < end && LineReader.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && LineReader.isSpace(text.charAt(end - 1))) {
            end--;
        }
        Segment segment = segmentAt(start);
        int startOffset = segment.sourceStart() + start - segment.start();
        SourceLine line = segment.token().line();
        return new SourceSpan(line.number(), startOffset - line.start() + 1, startOffset, sourceOffset(end));
    }

    private int sourceOffset(int index) {
        Segment segment = segmentAt(Math.max(0, index - 1));
        return segment.sourceStart() + index - segment.start();
    }

    private Segment segmentAt(int index) {
        Segment found = segments.get(0);
        for (Segment segment : segments) {
            if (segment.start() <= index) {
                found = segment;
            }
        }
        return found;
    }
}

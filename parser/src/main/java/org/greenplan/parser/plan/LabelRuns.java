package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.greenplan.parser.text.CuedPattern;

/**
 * Unit clauses printed without brackets: a label such as {@code 责任单位：} that starts a line (the bare
 * {@code 责任单位：市林业局} line some offices print after a task paragraph) or follows a sentence end
 * ({@code …加强监督检查。责任单位：市林业局}), running to the end of its line. A label inside a bracket or in
 * the middle of a sentence ({@code 由牵头单位：…} is not printed that way) is not one.
 */
final class LabelRuns {

    /** A label starts a paragraph or follows one of these: a line end, 。 or a semicolon of either width. */
    private static final String STARTS_AFTER = "\n。；;";

    /** Every label ends in a colon, full-width or not: the cues (most paragraphs have none outside brackets). */
    private static final CuedPattern START = CuedPattern.compile(
            "(?:^|(?<=[" + STARTS_AFTER + "]))[\\s\\u3000]*(?:" + UnitClauseReader.LABELS + ")\\s*[：:]",
            List.of("：", ":"));

    private LabelRuns() {}

    /** @return the labelled runs of {@code paragraph}, each from its label to the end of its line */
    static List<Brackets.Span> find(String paragraph) {
        List<Brackets.Span> runs = new ArrayList<>();
        if (!START.mayOccurIn(paragraph)) {
            return runs;
        }
        Matcher m = START.on(paragraph).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int at = 0; at < paragraph.length(); at = nextLineOrSentence(paragraph, at)) {
            // a label starts the paragraph or follows a line or sentence end: only there is the pattern tried,
            // anchored (a find() tried every position of the paragraph), with the text before it in view
            if (at < from || !m.region(at, paragraph.length()).lookingAt()) {
                continue;
            }
            from = m.end();
            int start = m.start();
            while (LineReader.isSpace(paragraph.charAt(start))) {
                start++;
            }
            if (Brackets.openBefore(paragraph, start) == 0) {
                runs.add(new Brackets.Span(start, lineEnd(paragraph, start)));
            }
        }
        return runs;
    }

    /** @return the position after the next line or sentence end after {@code at}, or the paragraph's length */
    private static int nextLineOrSentence(String paragraph, int at) {
        for (int i = at; i < paragraph.length(); i++) {
            if (STARTS_AFTER.indexOf(paragraph.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return paragraph.length();
    }

    private static int lineEnd(String paragraph, int from) {
        int end = paragraph.indexOf('\n', from);
        end = end < 0 ? paragraph.length() : end;
        while (end > from && LineReader.isSpace(paragraph.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}

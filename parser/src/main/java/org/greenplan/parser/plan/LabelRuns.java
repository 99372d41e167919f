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

    /**
     * The first characters of the labels: at a sentence start that holds none of them after its spaces the
     * pattern cannot match, and nearly every sentence of a task paragraph starts otherwise.
     */
    private static final String LABEL_FIRSTS = firstCharacters(UnitClauseReader.LABELS);

    private LabelRuns() {}

    private static String firstCharacters(String alternatives) {
        StringBuilder firsts = new StringBuilder();
        for (String label : alternatives.split("\\|")) {
            if (firsts.indexOf(label.substring(0, 1)) < 0) {
                firsts.append(label.charAt(0));
            }
        }
        return firsts.toString();
    }

    /** @return whether a label may start at {@code at}: after the spaces the pattern allows, a label's first character */
    private static boolean mayStartLabel(String paragraph, int at) {
        int i = at;
        while (i < paragraph.length() && isPatternSpace(paragraph.charAt(i))) {
            i++;
        }
        return i < paragraph.length() && LABEL_FIRSTS.indexOf(paragraph.charAt(i)) >= 0;
    }

    /** The spaces {@link #START} allows before a label: Java's {@code \s} (ASCII white space) and U+3000. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000';
    }

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
            if (at < from
                    || !mayStartLabel(paragraph, at)
                    || !m.region(at, paragraph.length()).lookingAt()) {
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

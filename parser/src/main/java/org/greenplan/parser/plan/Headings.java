package org.greenplan.parser.plan;

import org.greenplan.parser.text.ReusedMatcher;

/** Tells heading text from task text and reads a heading's title. */
final class Headings {

    private static final int MAX_HEADING_LENGTH = 30;
    private static final ReusedMatcher INNER_SENTENCE_END = ReusedMatcher.compile("[。；;！!？?]");
    private static final String FINAL_STOPS = "。．.；;";

    private Headings() {}

    /**
     * @return true for a short line without sentences, such as 建立健全绿色产业体系 or 网络体系强基行动。
     *         (one final full stop is allowed: many documents end run-in headings with one)
     */
    static boolean isHeadingLike(String rest) {
        String body = withoutFinalStop(rest);
        return body.length() <= MAX_HEADING_LENGTH
                && !INNER_SENTENCE_END.on(body).find();
    }

    /**
     * @return the heading's title: the whole line for a short heading, else its run-in title (the
     *         first sentence: 指导思想。坚持… → 指导思想), without a final full stop and without printed
     *         scores (政务服务"一网通办"（25分） → 政务服务"一网通办", 006)
     */
    static String title(String rest) {
        String text = UnitNameHeuristics.trim(ScoreMarks.strip(rest));
        if (isHeadingLike(text)) {
            return withoutFinalStop(text);
        }
        int stop = text.indexOf('。');
        return stop > 0 ? text.substring(0, stop) : text;
    }

    private static String withoutFinalStop(String text) {
        String trimmed = UnitNameHeuristics.trim(text);
        int end = trimmed.length();
        while (end > 0 && FINAL_STOPS.indexOf(trimmed.charAt(end - 1)) >= 0) {
            end--;
        }
        return trimmed.substring(0, end);
    }
}

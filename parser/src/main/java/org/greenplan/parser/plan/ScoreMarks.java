package org.greenplan.parser.plan;

import org.greenplan.parser.text.ReusedMatcher;

/**
 * Scores printed in assessment documents (考评办法, 006): {@code （25分）} after a heading and
 * {@code （0.5分）} after a task. They belong to the assessment, not to the task or heading, and are
 * taken out of texts and titles.
 */
final class ScoreMarks {

    private static final ReusedMatcher SCORE =
            ReusedMatcher.compile("[（(]\\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*分\\s*[）)]");

    private ScoreMarks() {}

    /** @return true when the text between two brackets is nothing but a score: 0.5分 */
    static boolean isScore(String bracketContent) {
        if (bracketContent.indexOf('分') < 0) {
            return false; // nearly every bracket: no text built, no scan
        }
        return SCORE.on("（" + UnitNameHeuristics.trim(bracketContent) + "）").matches();
    }

    /** @return the text without its bracketed scores */
    static String strip(String text) {
        if (text.indexOf('分') < 0) {
            return text;
        }
        return SCORE.on(text).replaceAll("");
    }
}

package org.greenplan.parser.plan;

/**
 * A unit clause found in a task paragraph, with the stretch of the paragraph it covers. Offsets are
 * indexes into the paragraph; {@code coverStart <= clauseStart <= clauseEnd <= coverEnd}.
 *
 * @param clause      what the clause says
 * @param coverStart  first character of the sentences the clause covers
 * @param clauseStart first character of the clause (its opening bracket, or its label)
 * @param clauseEnd   just after the clause (its closing bracket, or the end of its line)
 * @param coverEnd    just after the covered stretch: the clause, the punctuation closing its sentence
 *                    and, for the last clause, any sentences printed after it
 */
record ClauseMatch(UnitClause clause, int coverStart, int clauseStart, int clauseEnd, int coverEnd) {

    ClauseMatch withCoverEnd(int end) {
        return new ClauseMatch(clause, coverStart, clauseStart, clauseEnd, end);
    }

    /** @return the covered sentences without the clause itself (and without score marks) */
    String coveredText(String paragraph) {
        if (paragraph.indexOf('分') < 0) { // no score mark to strip: the covered stretch trimmed, copied once
            if (UnitNameHeuristics.isBlank(paragraph, clauseEnd, coverEnd)) {
                return UnitNameHeuristics.trim(paragraph, coverStart, clauseStart);
            }
            if (UnitNameHeuristics.isBlank(paragraph, coverStart, clauseStart)) {
                return UnitNameHeuristics.trim(paragraph, clauseEnd, coverEnd);
            }
        }
        String text = paragraph.substring(coverStart, clauseStart) + paragraph.substring(clauseEnd, coverEnd);
        return UnitNameHeuristics.trim(ScoreMarks.strip(text));
    }

    /**
     * @param taskText the task's text (the paragraph without its clauses), which a clause covering the whole
     *                 paragraph usually covers exactly
     * @return {@link #coveredText(String)}, as {@code taskText} itself when equal to it (no second copy)
     */
    String coveredText(String paragraph, String taskText) {
        return paragraph.indexOf('分') < 0 && coversExactly(paragraph, taskText) ? taskText : coveredText(paragraph);
    }

    /** @return whether the covered stretch without the clause, trimmed, reads {@code text} (compared in place) */
    private boolean coversExactly(String paragraph, String text) {
        int firstLength = clauseStart - coverStart;
        int length = firstLength + coverEnd - clauseEnd;
        int start = 0;
        while (start < length && LineReader.isSpace(coveredAt(paragraph, start, firstLength))) {
            start++;
        }
        int end = length;
        while (end > start && LineReader.isSpace(coveredAt(paragraph, end - 1, firstLength))) {
            end--;
        }
        if (end - start != text.length()) {
            return false;
        }
        // the part before the clause, then the part after it, each compared as a region
        int firstEnd = Math.min(end, firstLength);
        int inFirst = Math.max(0, firstEnd - start);
        return (inFirst == 0 || paragraph.regionMatches(coverStart + start, text, 0, inFirst))
                && (end <= firstLength
                        || paragraph.regionMatches(
                                clauseEnd + Math.max(start, firstLength) - firstLength,
                                text,
                                inFirst,
                                end - Math.max(start, firstLength)));
    }

    /** @return character {@code i} of the covered stretch with the clause left out */
    private char coveredAt(String paragraph, int i, int firstLength) {
        return i < firstLength ? paragraph.charAt(coverStart + i) : paragraph.charAt(clauseEnd + i - firstLength);
    }
}

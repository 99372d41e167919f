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
        String text = clauseEnd == coverEnd
                ? paragraph.substring(coverStart, clauseStart) // the clause ends what it covers: one copy
                : paragraph.substring(coverStart, clauseStart) + paragraph.substring(clauseEnd, coverEnd);
        return UnitNameHeuristics.trim(ScoreMarks.strip(text));
    }
}

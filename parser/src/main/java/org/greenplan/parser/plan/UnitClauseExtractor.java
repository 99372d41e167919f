package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the unit clauses of a task paragraph, the sentences each one covers, and takes the clauses out
 * of the text.
 *
 * <p>A clause is a top-level bracket that {@link UnitClauseReader} accepts, or a labelled line
 * ({@code 责任单位：…}) that starts a line or follows a sentence end ({@link LabelRuns}), or a square or
 * tortoise-shell bracket holding a labelled or role-verb clause ({@code 〔A牵头，B配合〕}); in a paragraph
 * without any, the glued unit cell of a flattened table row ({@link GluedCells}). After the last clause,
 * an assignment sentence ({@code 由…负责，X科落实}, {@link AssignmentSentence}) is one more clause, left in
 * the text. Usually there is
 * one, at the end: {@code …保持单位工业增加值能耗持续下降。(责任单位:市经济和信息化局)}. Some documents
 * put a clause after each sentence ({@code …（省商务厅牵头，合肥海关配合）支持…（省商务厅负责）}, 008, 010)
 * or before the final 。 with more sentences after it (009): each clause covers the sentences since the
 * previous one, the punctuation right after it, and — the last one — whatever follows. Bracketed scores
 * ({@code （0.5分）}, 006) are dropped from the text too.
 */
final class UnitClauseExtractor {

    /**
     * @param text                  the paragraph without clauses and scores
     * @param clauses               the clauses in printed order; empty when there is none
     * @param statesFirstListedRule whether a clause states 列第一位者为牵头单位
     * @param otherPhrases          non-unit segments found inside clauses (often a deadline)
     */
    record Extraction(
            String text,
            List<ClauseMatch> clauses,
            boolean statesFirstListedRule,
            List<String> otherPhrases,
            List<BracketReading> readings) {

        /** An extraction that read no bracket. */
        Extraction(String text, List<ClauseMatch> clauses, boolean statesFirstListedRule, List<String> otherPhrases) {
            this(text, clauses, statesFirstListedRule, otherPhrases, List.of());
        }

        boolean hasUnits() {
            for (int i = 0; i < clauses.size(); i++) { // asked of every line by the tree builder: no iterator
                if (!clauses.get(i).clause().units().isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** @return the units of all clauses merged as for a task without a first-listed rule */
        List<UnitAssignment> units() {
            return TaskUnits.union(clauses.stream().map(c -> c.clause().units()).toList());
        }
    }

    /**
     * A bracket's content and what it says ({@link UnitClauseReader#reading}), kept with the extraction of a line
     * so that the paragraph of a task printed over several lines takes it instead of reading the bracket again.
     */
    record BracketReading(String content, UnitClauseReader.Reading reading) {}

    private static final String AFTER_CLAUSE = "。．.；;，,！!？?";

    private UnitClauseExtractor() {}

    static Extraction extract(String paragraph) {
        return extract(paragraph, List.of());
    }

    /**
     * @param paragraph a task paragraph, here the lines of a task joined with line breaks
     * @param lines     the extractions of those lines: a bracket one of them read is not read again (the result is
     *                  that of {@link #extract(String)}, brackets being read the same wherever they stand)
     */
    static Extraction extract(String paragraph, List<Extraction> lines) {
        Readings readings = new Readings(lines);
        List<Brackets.Span> candidates = candidates(paragraph, readings);
        if (candidates.isEmpty() && !GluedCells.mayHoldCell(paragraph)) {
            // headings and plain text lines: nothing to read, no lists built
            return new Extraction(UnitNameHeuristics.trim(paragraph), List.of(), false, List.of(), readings.made());
        }
        // sized for the brackets at hand (one or two per line): the default capacity of ten is mostly left unused
        List<Brackets.Span> removed = new ArrayList<>(candidates.size());
        List<ClauseMatch> clauses = new ArrayList<>(candidates.size() + 1);
        List<String> others = new ArrayList<>(0);
        boolean rule = false;
        for (int i = 0; i < candidates.size(); i++) { // every line of a document: no iterator
            Brackets.Span span = candidates.get(i);
            String content = content(paragraph, span);
            UnitClause clause = ScoreMarks.isScore(content)
                    ? null
                    : Brackets.isSquareOpen(paragraph.charAt(span.start()))
                            ? readings.of(content).markedClause()
                            : readings.of(content).clause(isFinal(paragraph, span.end()));
            if (clause != null) {
                clauses.add(new ClauseMatch(clause, 0, span.start(), span.end(), span.end()));
                if (!clause.otherPhrases().isEmpty()) { // addAll copies even an empty list into an array
                    others.addAll(clause.otherPhrases());
                }
                rule |= clause.statesFirstListedRule();
            }
            if (clause != null || ScoreMarks.isScore(content)) {
                removed.add(span);
            }
        }
        if (!clauses.isEmpty()) {
            int tailStart =
                    punctuationEnd(paragraph, clauses.get(clauses.size() - 1).clauseEnd());
            UnitClause sentence = AssignmentSentence.read(paragraph.substring(tailStart));
            if (sentence != null) {
                clauses.add(new ClauseMatch(sentence, 0, tailStart, paragraph.length(), paragraph.length()));
            }
        } else {
            GluedCells.find(paragraph).ifPresent(cell -> {
                UnitClause names = UnitClauseReader.read(cell.names(), true);
                if (names != null && !names.units().isEmpty()) {
                    UnitClause clause = new UnitClause(names.units(), false, List.of(cell.deadline()));
                    others.add(cell.deadline());
                    clauses.add(new ClauseMatch(
                            clause,
                            0,
                            cell.span().start(),
                            cell.span().end(),
                            cell.span().end()));
                    removed.add(cell.span());
                }
            });
        }
        return new Extraction(
                textWithout(paragraph, removed),
                covered(paragraph, clauses),
                rule,
                List.copyOf(others),
                readings.made());
    }

    /** The brackets read for one extraction, each looked up first among those its lines read. */
    private static final class Readings {
        private final List<Extraction> lines;
        private List<BracketReading> made;

        Readings(List<Extraction> lines) {
            this.lines = lines;
        }

        UnitClauseReader.Reading of(String content) {
            if (made == null) {
                made = new ArrayList<>(2); // a line holds one or two brackets
            }
            BracketReading reading = find(made, content); // a square bracket is asked twice: as candidate and clause
            if (reading != null) {
                return reading.reading();
            }
            for (int i = 0; i < lines.size() && reading == null; i++) {
                reading = find(lines.get(i).readings(), content);
            }
            if (reading == null) {
                reading = new BracketReading(content, UnitClauseReader.reading(content));
            }
            made.add(reading);
            return reading.reading();
        }

        private static BracketReading find(List<BracketReading> readings, String content) {
            for (int i = 0; i < readings.size(); i++) {
                if (readings.get(i).content().equals(content)) {
                    return readings.get(i);
                }
            }
            return null;
        }

        /** @return the readings made or taken, in the order asked (not copied: no one changes them) */
        List<BracketReading> made() {
            return made == null ? List.of() : made;
        }
    }

    /** Brackets and labelled lines in printed order, none inside another. */
    private static List<Brackets.Span> candidates(String paragraph, Readings readings) {
        List<Brackets.Span> brackets = Brackets.topLevel(paragraph);
        List<Brackets.Span> runs = LabelRuns.find(paragraph);
        List<Brackets.Span> squares = Brackets.squareSpans(paragraph);
        if (runs.isEmpty() && squares.isEmpty()) {
            return brackets; // most paragraphs: round brackets only, already in order and disjoint
        }
        List<Brackets.Span> all = new ArrayList<>(brackets);
        all.addAll(runs);
        for (Brackets.Span square : squares) {
            if (readings.of(content(paragraph, square)).markedClause() != null) {
                all.add(square);
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Brackets.Span> disjoint = new ArrayList<>();
        for (Brackets.Span span : all) {
            if (disjoint.isEmpty()
                    || span.start() >= disjoint.get(disjoint.size() - 1).end()) {
                disjoint.add(span);
            }
        }
        return disjoint;
    }

    private static String content(String paragraph, Brackets.Span span) {
        char first = paragraph.charAt(span.start());
        boolean bracket = Brackets.isOpen(first) || Brackets.isSquareOpen(first);
        return bracket
                ? paragraph.substring(span.start() + 1, span.end() - 1)
                : paragraph.substring(span.start(), span.end());
    }

    /** Each clause covers from the end of the previous one; the last one covers up to the end. */
    private static List<ClauseMatch> covered(String paragraph, List<ClauseMatch> found) {
        List<ClauseMatch> clauses = new ArrayList<>(found.size());
        int start = 0;
        for (int i = 0; i < found.size(); i++) {
            ClauseMatch clause = found.get(i);
            int end = i == found.size() - 1 ? paragraph.length() : punctuationEnd(paragraph, clause.clauseEnd());
            clauses.add(new ClauseMatch(clause.clause(), start, clause.clauseStart(), clause.clauseEnd(), end));
            start = end;
        }
        return Collections.unmodifiableList(clauses); // built here and shared by no one: no second copy
    }

    private static int punctuationEnd(String paragraph, int from) {
        int end = from;
        while (end < paragraph.length()
                && (AFTER_CLAUSE.indexOf(paragraph.charAt(end)) >= 0 || LineReader.isSpace(paragraph.charAt(end)))) {
            end++;
        }
        return end;
    }

    private static String textWithout(String paragraph, List<Brackets.Span> removed) {
        if (removed.isEmpty()) {
            return UnitNameHeuristics.trim(paragraph); // most paragraphs: no copy of the text
        }
        int[] piece = onlyPieceWithText(paragraph, removed);
        if (piece != null) {
            // most tasks: the text before a final clause, copied once (no builder, no second copy for the trim)
            return UnitNameHeuristics.trim(paragraph, piece[0], piece[1]);
        }
        int length = paragraph.length();
        for (Brackets.Span span : removed) {
            length -= span.end() - span.start();
        }
        StringBuilder text = new StringBuilder(length);
        int from = 0;
        for (Brackets.Span span : removed) {
            text.append(paragraph, from, span.start());
            from = span.end();
        }
        text.append(paragraph, from, paragraph.length());
        return UnitNameHeuristics.trim(text.toString());
    }

    /**
     * @return the bounds of the one stretch between the removed spans that holds more than spaces ({@code [0, 0]}
     *         when none does), or null when several do: trimmed, the text without the spans is then that stretch
     */
    private static int[] onlyPieceWithText(String paragraph, List<Brackets.Span> removed) {
        int[] found = {0, 0};
        boolean one = false;
        int from = 0;
        for (int i = 0; i <= removed.size(); i++) {
            int to = i < removed.size() ? removed.get(i).start() : paragraph.length();
            if (!UnitNameHeuristics.isBlank(paragraph, from, to)) {
                if (one) {
                    return null;
                }
                one = true;
                found[0] = from;
                found[1] = to;
            }
            from = i < removed.size() ? removed.get(i).end() : to;
        }
        return found;
    }

    /** @return true when nothing but spaces and sentence punctuation follows {@code end} */
    private static boolean isFinal(String paragraph, int end) {
        return punctuationEnd(paragraph, end) == paragraph.length();
    }
}

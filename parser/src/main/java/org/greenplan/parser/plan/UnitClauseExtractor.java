package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the unit clauses of a task paragraph and takes them out of its text.
 *
 * <p>A clause is a top-level bracket that {@link UnitClauseReader} accepts. Usually there is one, at
 * the end: {@code …保持单位工业增加值能耗持续下降。(责任单位:市经济和信息化局)}. Some documents put a
 * clause after each sentence ({@code …（省商务厅牵头，合肥海关配合）支持…（省商务厅负责）}) or before the
 * final 。; all of them are read and removed, and their units merged in printed order (a unit named
 * twice keeps its first role unless a later clause makes it lead).
 */
final class UnitClauseExtractor {

    /**
     * @param text     the paragraph without its number
     * @param units    units of all clauses, in printed order; empty when there is no clause
     * @param statesFirstListedRule whether a clause states 列第一位者为牵头单位
     * @param otherPhrases          non-unit segments found inside clauses (often a deadline)
     */
    record Extraction(String text, List<UnitAssignment> units, boolean statesFirstListedRule,
            List<String> otherPhrases) {

        boolean hasUnits() {
            return !units.isEmpty();
        }
    }

    private static final String AFTER_FINAL_CLAUSE = "。．.；;，,！!";

    private UnitClauseExtractor() {
    }

    static Extraction extract(String paragraph) {
        StringBuilder text = new StringBuilder();
        Map<String, AssignmentRole> units = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        boolean rule = false;
        int from = 0;
        for (Brackets.Span span : Brackets.topLevel(paragraph)) {
            String content = paragraph.substring(span.start() + 1, span.end() - 1);
            UnitClause clause = UnitClauseReader.read(content, isFinal(paragraph, span.end()));
            if (clause != null) {
                text.append(paragraph, from, span.start());
                from = span.end();
                clause.units().forEach(u -> merge(units, u));
                others.addAll(clause.otherPhrases());
                rule |= clause.statesFirstListedRule();
            }
        }
        text.append(paragraph, from, paragraph.length());
        List<UnitAssignment> assignments = units.entrySet().stream()
                .map(e -> new UnitAssignment(e.getKey(), e.getValue(), false)).toList();
        return new Extraction(UnitNameHeuristics.trim(text.toString()), assignments, rule, List.copyOf(others));
    }

    private static void merge(Map<String, AssignmentRole> units, UnitAssignment unit) {
        if (unit.role() == AssignmentRole.LEAD) {
            units.put(unit.name(), AssignmentRole.LEAD);
        } else {
            units.putIfAbsent(unit.name(), unit.role());
        }
    }

    /** @return true when nothing but spaces and sentence punctuation follows {@code end} */
    private static boolean isFinal(String paragraph, int end) {
        for (int i = end; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (!LineReader.isSpace(c) && AFTER_FINAL_CLAUSE.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}

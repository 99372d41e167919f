package org.greenplan.parser.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's own assignment printed as a sentence after a task's unit clause: the clause gives the
 * units the issuing body named, the sentence the divisions that carry it out ({@code …(牵头单位:市农业局)。
 * 由李某某副局长负责,科技教育科落实。}).
 *
 * <p>Rule: the text after the last clause is one sentence whose every comma-separated part is names
 * followed by a role verb (after an optional 由 and 分别): 由X负责, Y落实, A、B和C分别落实. The parts whose
 * names all read as units ({@link UnitNameHeuristics}) give units with the verb's role; parts naming
 * persons (李某某副局长) give none. A sentence with any other part (鼓励合作社参与, 做好技术服务) is task
 * text, not an assignment. The sentence stays in the task text.
 */
final class AssignmentSentence {

    private AssignmentSentence() {}

    /**
     * @param tail the paragraph after its last unit clause and the punctuation after it
     * @return the units the sentence assigns, or null when it is no assignment sentence
     */
    static UnitClause read(String tail) {
        String sentence = UnitNameHeuristics.trim(tail);
        while (!sentence.isEmpty() && "。．.".indexOf(sentence.charAt(sentence.length() - 1)) >= 0) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        if (sentence.isEmpty() || sentence.indexOf('。') >= 0 || sentence.indexOf('\n') >= 0) {
            return null;
        }
        Map<String, AssignmentRole> units = new LinkedHashMap<>();
        for (String part : Brackets.splitTopLevel(sentence, "，,；;")) {
            String trimmed = UnitNameHeuristics.trim(part);
            UnitClauseReader.RoleVerb verb = UnitClauseReader.roleVerb(trimmed);
            if (verb == null) {
                return null;
            }
            List<String> names = UnitLists.split(verb.names());
            if (UnitNameHeuristics.allLookLikeUnits(names)) {
                AssignmentRole role = UnitClauseReader.verbRole(verb.verb());
                names.forEach(name -> units.putIfAbsent(name, role));
            }
        }
        if (units.isEmpty()) {
            return null;
        }
        List<UnitAssignment> assignments = units.entrySet().stream()
                .map(e -> new UnitAssignment(e.getKey(), e.getValue(), false))
                .toList();
        return new UnitClause(assignments, false, List.of());
    }
}

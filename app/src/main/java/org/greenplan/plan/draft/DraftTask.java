package org.greenplan.plan.draft;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a draft plan. Its heading is the nearest heading above it (by line) whose path is this
 * path without its last element.
 *
 * @param path           printed numbers from the top, ending with the task's own
 * @param number         printed number
 * @param text           task text without its unit clause
 * @param sourceText     the task as printed, unit clause included
 * @param source         where it stands in the extracted text
 * @param deadline       the deadline date, or null
 * @param deadlineOpen   true for open-ended deadlines (持续推进)
 * @param deadlinePhrase the deadline as printed, or null
 * @param units          its units, in printed order
 * @param targets        its targets, in text order
 * @param clauses        its unit clauses (责任分工), in printed order
 */
public record DraftTask(
        List<String> path,
        String number,
        String text,
        String sourceText,
        SourcePosition source,
        LocalDate deadline,
        boolean deadlineOpen,
        String deadlinePhrase,
        List<DraftAssignment> units,
        List<DraftTarget> targets,
        List<DraftClause> clauses) {
    public DraftTask {
        path = List.copyOf(path);
        units = List.copyOf(units);
        targets = List.copyOf(targets);
        clauses = List.copyOf(clauses);
    }

    /**
     * Where a task stands in the extracted text.
     *
     * @param line        1-based line of its first character
     * @param column      1-based column of its first character
     * @param startOffset offset of its first character, inclusive
     * @param endOffset   offset after its last character, exclusive
     */
    public record SourcePosition(int line, int column, int startOffset, int endOffset) {}
}

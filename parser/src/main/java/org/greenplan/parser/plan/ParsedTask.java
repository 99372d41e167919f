package org.greenplan.parser.plan;

import java.util.List;
import org.greenplan.parser.targets.TargetSpec;

/**
 * 任务 — one task of the plan, the row of the ledger.
 *
 * <p>A paragraph with several unit brackets, each covering the sentences before it (corpus style d:
 * 008, 009, 010), is ONE task with its printed number. Its {@code units} are the union of the brackets'
 * units in printed order — a unit that leads any sentence is a LEAD of the task — and {@code clauses}
 * keeps each bracket with the sentences it covers, so that the office can trace who answers for which
 * sentence. A task with one bracket has one clause.
 *
 * @param path       printed numbering chain, e.g. {@code ["一", "（一）", "1"]}
 * @param number     the task's own printed number ({@code "1"}), or {@code ""} for an unnumbered task
 * @param text       task text with its number, its unit clause(s) and printed scores ({@code （0.5分）})
 *                   removed
 * @param units      responsible units of the task in printed order, with roles (see {@code TaskUnits});
 *                   units inherited from a note stated once (以下均需…落实) come last; never null
 * @param deadline   the deadline printed for this task, or null when none is printed
 * @param targets    quantitative and qualitative targets found in {@code text}; never null
 * @param span       where the task stands in the source text
 * @param sourceText the task paragraph exactly as printed (number and unit clause included)
 * @param clauses    the task's unit clauses in printed order, each with the sentences it covers; empty
 *                   when the task has no printed units; never null
 */
public record ParsedTask(
        List<String> path,
        String number,
        String text,
        List<UnitAssignment> units,
        Deadline deadline,
        List<TargetSpec> targets,
        SourceSpan span,
        String sourceText,
        List<ResponsibilityClause> clauses) {

    public ParsedTask {
        path = List.copyOf(path);
        units = List.copyOf(units);
        targets = List.copyOf(targets);
        clauses = List.copyOf(clauses);
    }

    /** @return names of the units with the given role, in printed order */
    public List<String> unitNames(AssignmentRole role) {
        return units.stream()
                .filter(u -> u.role() == role)
                .map(UnitAssignment::name)
                .toList();
    }
}

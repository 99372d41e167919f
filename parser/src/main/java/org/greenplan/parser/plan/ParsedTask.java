package org.greenplan.parser.plan;

import java.util.List;
import org.greenplan.parser.target.TargetSpec;

/**
 * 任务 — one task of the plan, the row of the ledger.
 *
 * @param path       printed numbering chain, e.g. {@code ["一", "（一）", "1"]}
 * @param number     the task's own printed number ({@code "1"}), or {@code ""} for an unnumbered task
 * @param text       task text with its number and its unit clause(s) removed
 * @param units      responsible units in printed order, with roles; never null
 * @param deadline   the deadline printed for this task, or null when none is printed
 * @param targets    quantitative and qualitative targets found in {@code text}; never null
 * @param span       where the task stands in the source text
 * @param sourceText the task paragraph exactly as printed (number and unit clause included)
 */
public record ParsedTask(
        List<String> path,
        String number,
        String text,
        List<UnitAssignment> units,
        Deadline deadline,
        List<TargetSpec> targets,
        SourceSpan span,
        String sourceText) {

    public ParsedTask {
        path = List.copyOf(path);
        units = List.copyOf(units);
        targets = List.copyOf(targets);
    }

    /** @return names of the units with the given role, in printed order */
    public List<String> unitNames(AssignmentRole role) {
        return units.stream().filter(u -> u.role() == role).map(UnitAssignment::name).toList();
    }
}

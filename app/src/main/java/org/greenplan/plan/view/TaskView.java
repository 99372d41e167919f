package org.greenplan.plan.view;

import java.time.LocalDate;
import java.util.List;

/**
 * A task with its units and targets, as the pages and the ledger show it.
 *
 * @param id             task id
 * @param planId         plan id
 * @param nodeId         the heading the task sits under, or null
 * @param number         printed number, e.g. 10
 * @param path           printed numbering chain, e.g. [一, （三）, 10]
 * @param text           task text without number and unit clause
 * @param sourceText     the paragraph exactly as printed
 * @param sourceLine     1-based line of the paragraph in the source text
 * @param sourceStart    offset of the paragraph in the source text, inclusive
 * @param sourceEnd      offset of the paragraph in the source text, exclusive
 * @param deadline       deadline date, or null
 * @param deadlineOpen   true for open-ended phrases (持续推进)
 * @param deadlinePhrase the deadline as printed, or null
 * @param units          assignments in printed order
 * @param targets        targets in text order
 * @param clauses        the unit clauses with the sentences each covers, in printed order
 * @param version        the task's edit version, raised by every saved correction (optimistic locking)
 */
public record TaskView(
        long id,
        long planId,
        Long nodeId,
        String number,
        List<String> path,
        String text,
        String sourceText,
        int sourceLine,
        int sourceStart,
        int sourceEnd,
        LocalDate deadline,
        boolean deadlineOpen,
        String deadlinePhrase,
        List<AssignedUnit> units,
        List<TargetView> targets,
        List<ClauseView> clauses,
        int version) {

    /**
     * @return the deadline as the office reads it: the printed phrase, else the date (2022-06-30); empty
     *         when there is none or the task is open-ended ({@link #deadlineOpen()}, shown as 长期 from the
     *         message bundles, key {@code task.deadline.open})
     */
    public String deadlineLabel() {
        if (deadlinePhrase != null && !deadlinePhrase.isBlank()) {
            return deadlinePhrase;
        }
        return deadline != null ? deadline.toString() : "";
    }

    /** @return true when the deadline is shown as 长期 (open-ended, no phrase or date printed) */
    public boolean openEnded() {
        return deadlineOpen && deadlineLabel().isEmpty();
    }

    /** @return names of units whose role is LEAD */
    public List<String> leadUnitNames() {
        return names("LEAD");
    }

    /** @return names of units that are CO or RESPONSIBLE (lead and co not marked), in printed order */
    public List<String> otherUnitNames() {
        return units.stream()
                .filter(u -> !"LEAD".equals(u.role()))
                .map(AssignedUnit::name)
                .toList();
    }

    private List<String> names(String role) {
        return units.stream()
                .filter(u -> role.equals(u.role()))
                .map(AssignedUnit::name)
                .toList();
    }
}

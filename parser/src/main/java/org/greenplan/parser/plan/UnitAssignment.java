package org.greenplan.parser.plan;

/**
 * A responsible unit (责任单位) named for a task, as printed.
 *
 * @param name      the unit's name as printed, trimmed (e.g. 市发展改革委); a shared prefix that the
 *                  document abbreviated is restored
 * @param role      LEAD, CO, or RESPONSIBLE where the document does not say which
 * @param inherited true when the unit comes from a note stated once for all later tasks
 *                  (以下均需…不再列出) rather than from this task's own text
 */
public record UnitAssignment(String name, AssignmentRole role, boolean inherited) {

    public static UnitAssignment responsible(String name) {
        return new UnitAssignment(name, AssignmentRole.RESPONSIBLE, false);
    }
}

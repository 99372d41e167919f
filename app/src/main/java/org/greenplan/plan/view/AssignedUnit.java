package org.greenplan.plan.view;

/**
 * A unit's part in a task.
 *
 * @param unitId      the unit in the directory
 * @param name        the unit's canonical name
 * @param printedName the name as printed in the document (may be an alias)
 * @param role        LEAD, CO or RESPONSIBLE (lead and co not marked by the document)
 * @param inherited   true when added by a note stated once for all later tasks
 * @param confirmed   false when the unit was created by an import and awaits the office's check
 */
public record AssignedUnit(
        long unitId, String name, String printedName, String role, boolean inherited, boolean confirmed) {}

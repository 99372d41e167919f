package org.greenplan.plan.draft;

/**
 * A unit named by a draft task.
 *
 * @param unitId      the unit in the directory the printed name resolved to
 * @param role        LEAD, CO or RESPONSIBLE
 * @param printedName the name as printed (may be an alias)
 * @param inherited   true when added by a note stated once for all later tasks (以下均需…)
 */
public record DraftAssignment(long unitId, String role, String printedName, boolean inherited) {}

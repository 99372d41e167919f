package org.greenplan.plan.draft;

/**
 * One unit of a task as the office set it in review.
 *
 * @param unitId      the unit in the directory
 * @param role        LEAD, CO or RESPONSIBLE
 * @param printedName the name as printed (or as typed by the office)
 */
public record AssignmentEdit(long unitId, String role, String printedName) {}

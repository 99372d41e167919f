package org.greenplan.plan.view;

/**
 * A unit named in a plan and how many tasks name it.
 *
 * @param unitId    the unit
 * @param name      canonical name
 * @param confirmed false when created by an import and not yet checked by the office
 * @param tasks     number of tasks of the plan naming this unit
 */
public record UnitTaskCount(long unitId, String name, boolean confirmed, int tasks) {}

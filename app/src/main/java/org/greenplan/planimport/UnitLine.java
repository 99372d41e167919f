package org.greenplan.planimport;

/**
 * A unit as the office typed it in review.
 *
 * @param name the unit's name or alias; resolved through the directory, created unconfirmed if unknown
 * @param role LEAD, CO or RESPONSIBLE
 */
public record UnitLine(String name, String role) {}

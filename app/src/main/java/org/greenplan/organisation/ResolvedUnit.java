package org.greenplan.organisation;

/**
 * A printed unit name resolved against the directory.
 *
 * @param printedName the name as printed
 * @param unitId      the unit it resolves to
 * @param created     true when the directory did not know it and created it unconfirmed
 */
public record ResolvedUnit(String printedName, long unitId, boolean created) {}

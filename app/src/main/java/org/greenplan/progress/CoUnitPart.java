package org.greenplan.progress;

/**
 * A co-operating unit's part (配合单位报送) as the lead unit's report shows it beside its own: the
 * co-unit's latest submission, or none yet.
 *
 * @param unitId   the co-unit
 * @param unitName its name
 * @param state    its report's state, or null when it has none
 * @param latest   its latest submission, or null when it has not submitted
 */
public record CoUnitPart(long unitId, String unitName, ReportState state, ReportVersion latest) {}

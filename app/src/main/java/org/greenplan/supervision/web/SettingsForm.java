package org.greenplan.supervision.web;

import org.greenplan.supervision.SupervisionSettings;

/**
 * The supervision settings form as posted; unchecked boxes are absent (false).
 *
 * @param stagnationDays      working days without an approved update before a task is 停滞
 * @param lateReportYellow    whether a late report makes the task yellow
 * @param coUnitReports       whether co-units' reports count
 * @param redNeedsExplanation whether a red task asks for an explanation in the next report
 * @param version             the version the form was read at
 */
record SettingsForm(
        Integer stagnationDays,
        Boolean lateReportYellow,
        Boolean coUnitReports,
        Boolean redNeedsExplanation,
        Integer version) {

    SupervisionSettings toSettings(long planId) {
        return new SupervisionSettings(
                planId,
                stagnationDays == null ? -1 : stagnationDays,
                Boolean.TRUE.equals(lateReportYellow),
                Boolean.TRUE.equals(coUnitReports),
                Boolean.TRUE.equals(redNeedsExplanation),
                version == null ? SupervisionSettings.NOT_STORED : version);
    }
}

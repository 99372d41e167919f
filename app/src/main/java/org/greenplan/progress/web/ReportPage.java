package org.greenplan.progress.web;

import java.util.Map;
import org.greenplan.progress.ReportSheet;

/**
 * What a report page shows: the report, the form as typed, and messages already in the reader's
 * language.
 *
 * @param sheet  the report with its task, period, history, attachments and co-units' parts
 * @param form   the form as typed (or as stored)
 * @param errors      field name → message
 * @param confirmable the fields among {@code errors} whose doubtful value the user may confirm as typed
 * @param notice      a confirmation (saved, submitted), or null
 * @param error       why the last action was refused, or null
 */
record ReportPage(
        ReportSheet sheet,
        ReportForm form,
        Map<String, String> errors,
        java.util.Set<String> confirmable,
        String notice,
        String error) {

    /** @return whether the field's value may be confirmed as typed ("我已核对") rather than changed */
    public boolean mayConfirm(String field) {
        return confirmable.contains(field);
    }

    /** @return whether the unit may still change the report */
    public boolean editable() {
        return sheet.report().state().editable() && !sheet.period().closed();
    }

    /** @return the id of the report, or null before it is first saved */
    public Long reportId() {
        return sheet.report().id();
    }
}

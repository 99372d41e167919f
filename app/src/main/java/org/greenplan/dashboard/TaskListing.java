package org.greenplan.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.plan.PlanSummary;

/**
 * The list a dashboard count opens.
 *
 * @param plan     the plan
 * @param period   the period, or null when the plan has none begun
 * @param on       the date the statuses hold on
 * @param rows     the tasks (or reports) counted, in printed order
 * @param units    unit id → name, for the plan's units
 * @param sections heading id → its label
 */
public record TaskListing(
        PlanSummary plan,
        ReportingPeriod period,
        LocalDate on,
        List<SelectedRow> rows,
        Map<Long, String> units,
        Map<Long, String> sections) {

    public TaskListing {
        rows = List.copyOf(rows);
    }
}

package org.greenplan.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.plan.PlanSummary;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.SupervisedTask;

/**
 * A filter resolved against the data: the plan, the period and the date statuses hold on, every task's
 * status from {@code Supervision}, the region's units and the period's submission matrix.
 *
 * @param plan        the plan
 * @param period      the period, or null when the plan has none begun
 * @param on          the date statuses hold on
 * @param supervision every task of the plan with its status on {@code on}
 * @param regionUnits the units of the filter's region, or null when no region is chosen
 * @param matrix      the period's submission matrix, or null without a period
 */
record Scope(
        PlanSummary plan,
        ReportingPeriod period,
        LocalDate on,
        PlanSupervision supervision,
        Set<Long> regionUnits,
        SubmissionMatrix.Matrix matrix) {

    /** @return the rows of the selection, in printed order of the tasks (then of the units) */
    List<SelectedRow> select(TaskSelection s) {
        Long unit = s.filter().unitId();
        List<SupervisedTask> tasks = supervision.tasks().stream()
                .filter(t -> unit == null || t.names(unit))
                .filter(t -> regionUnits == null || t.unitIds().stream().anyMatch(regionUnits::contains))
                .filter(t -> s.status() == null || t.status() == s.status())
                .filter(t -> s.sectionId() == null || s.sectionId().equals(t.sectionId()))
                .toList();
        List<SelectedRow> rows = new ArrayList<>();
        for (SupervisedTask t : tasks) {
            if (s.timeliness() == null) {
                rows.add(new SelectedRow(t, null, null));
                continue;
            }
            for (Long u : t.unitIds()) {
                SubmissionMatrix.Cell cell = matrix == null ? null : matrix.cell(u, t.taskId());
                if (cell != null && s.counts(cell.timeliness()) && counts(u, unit)) {
                    rows.add(new SelectedRow(t, u, cell.timeliness()));
                }
            }
        }
        return rows;
    }

    /** @return the number of rows of the selection ({@code select(s).size()}) */
    int count(TaskSelection s) {
        return select(s).size();
    }

    private boolean counts(long u, Long unit) {
        return (unit == null || unit == u) && (regionUnits == null || regionUnits.contains(u));
    }
}

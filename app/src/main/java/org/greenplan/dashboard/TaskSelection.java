package org.greenplan.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.progress.SubmissionMatrix.Timeliness;
import org.greenplan.supervision.TaskStatus;

/**
 * The tasks behind one number of the dashboard: the filter plus what the number counts. The dashboard
 * computes each count as the size of its selection and links to the list of the same selection, so the
 * two always agree.
 *
 * @param filter     plan, period, unit and region
 * @param status     only tasks with this status on the period's last day, or null
 * @param sectionId  only tasks under this top-level heading, or null
 * @param timeliness when set, the rows are the reports due in the period (one per task and responsible
 *                   unit) with one of these timeliness values instead of the tasks (late and missing together
 *                   for the ranking of units behind with their reports); null for tasks
 */
public record TaskSelection(DashboardFilter filter, TaskStatus status, Long sectionId, List<Timeliness> timeliness) {

    public TaskSelection {
        timeliness = timeliness == null || timeliness.isEmpty()
                ? null
                : java.util.EnumSet.copyOf(timeliness).stream().toList();
    }

    /** @return every task passing the filter */
    public static TaskSelection of(DashboardFilter filter) {
        return new TaskSelection(filter, null, null, null);
    }

    /** @return this selection narrowed to a status */
    public TaskSelection withStatus(TaskStatus s) {
        return new TaskSelection(filter, s, sectionId, timeliness);
    }

    /** @return this selection narrowed to a section */
    public TaskSelection inSection(Long section) {
        return new TaskSelection(filter, status, section, timeliness);
    }

    /** @return this selection narrowed to a unit */
    public TaskSelection ofUnit(Long unit) {
        DashboardFilter f = filter;
        return new TaskSelection(
                new DashboardFilter(f.planId(), f.periodId(), unit, f.regionId()), status, sectionId, timeliness);
    }

    /** @return this selection as reports of any of the timeliness values */
    public TaskSelection withTimeliness(Timeliness... t) {
        return new TaskSelection(filter, status, sectionId, List.of(t));
    }

    /** @return whether the selection counts reports of this timeliness */
    public boolean counts(Timeliness t) {
        return timeliness != null && timeliness.contains(t);
    }

    /**
     * @return the address of the list of this selection, e.g.
     *         {@code /leader/dashboard/tasks?plan=3&period=9&status=RED&unit=12}
     */
    public String href() {
        List<String> q = new ArrayList<>();
        q.add("plan=" + filter.planId());
        add(q, "period", filter.periodId());
        add(q, "status", status);
        add(q, "section", sectionId);
        add(q, "unit", filter.unitId());
        add(q, "region", filter.regionId());
        if (timeliness != null) {
            timeliness.forEach(t -> add(q, "timeliness", t));
        }
        return "/leader/dashboard/tasks?" + String.join("&", q);
    }

    private static void add(List<String> q, String name, Object value) {
        if (value != null) {
            q.add(name + "=" + value);
        }
    }
}

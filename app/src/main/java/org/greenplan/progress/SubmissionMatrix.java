package org.greenplan.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenplan.accounts.Actor;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.UnitTaskCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission matrix of a period (报送情况): for every unit a task names, one {@link Cell} with the
 * report's state and whether it came on time (submitted by the unit's effective due date plus grace,
 * {@link Deadline#onTimeUntil}), late, or is missing (not submitted). Only the office and leaders read it.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionMatrix {
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final ReportOverview overview;
    private final Deadlines deadlines;

    SubmissionMatrix(PlanCatalog catalog, ReportingPeriods periods, ReportOverview overview, Deadlines deadlines) {
        this.catalog = catalog;
        this.periods = periods;
        this.overview = overview;
        this.deadlines = deadlines;
    }

    /**
     * @return the matrix of the period: units in order of first appearance, tasks in document order
     * @throws NotFoundException when the period does not belong to the plan
     * @throws org.springframework.security.access.AccessDeniedException unless the office or a leader
     */
    public Matrix of(Actor actor, long planId, long periodId) {
        ReportingPeriod period = periods.find(periodId)
                .filter(p -> p.planId() == planId)
                .orElseThrow(() -> new NotFoundException("error.notFound.period"));
        Map<String, ReportStatus> reports = overview.ofPeriod(actor, periodId).stream()
                .collect(Collectors.toMap(r -> r.unitId() + ":" + r.taskId(), Function.identity()));
        List<TaskView> tasks = catalog.tasks(planId, null);
        Deadlines.PeriodDeadlines due = deadlines.ofPeriod(period);
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (TaskView task : tasks) {
            long lead = ReportAccess.leadUnit(task);
            for (AssignedUnit unit : task.units()) {
                Deadline deadline = due.of(unit.unitId(), task.id(), unit.unitId() == lead);
                ReportStatus report = reports.get(unit.unitId() + ":" + task.id());
                cells.putIfAbsent(unit.unitId() + ":" + task.id(), Cell.of(unit.unitId(), task.id(), deadline, report));
            }
        }
        return new Matrix(period, catalog.units(planId), tasks, cells);
    }

    /** Whether a unit's report counts as submitted in time. */
    public enum Timeliness {
        ON_TIME,
        LATE,
        MISSING
    }

    /**
     * One unit's report on one task.
     *
     * @param due    the unit's deadline
     * @param report the stored report, or null
     */
    public record Cell(long unitId, long taskId, Deadline due, ReportStatus report, Timeliness timeliness) {
        static Cell of(long unitId, long taskId, Deadline due, ReportStatus report) {
            Timeliness t = report == null || !report.submitted()
                    ? Timeliness.MISSING
                    : due.lateOn(report.firstSubmitted()) ? Timeliness.LATE : Timeliness.ON_TIME;
            return new Cell(unitId, taskId, due, report, t);
        }

        /** @return NOT_STARTED or the report's state name */
        public String state() {
            return report == null ? "NOT_STARTED" : report.state().name();
        }
    }

    /**
     * The matrix.
     *
     * @param period the period
     * @param units  the plan's units
     * @param tasks  the plan's tasks
     * @param cells  "unitId:taskId" → cell, only where the task names the unit
     */
    public record Matrix(
            ReportingPeriod period, List<UnitTaskCount> units, List<TaskView> tasks, Map<String, Cell> cells) {

        /** @return the cell, or null where the task does not name the unit */
        public Cell cell(long unitId, long taskId) {
            return cells.get(unitId + ":" + taskId);
        }

        /** @return the number of reports expected (one per unit a task names) */
        public long expected() {
            return cells.size();
        }

        /** @return the number of cells with the timeliness */
        public long count(Timeliness timeliness) {
            return cells.values().stream()
                    .filter(c -> c.timeliness() == timeliness)
                    .count();
        }

        /** @return the number submitted at least once (on time or late) */
        public long submitted() {
            return expected() - count(Timeliness.MISSING);
        }

        /** @return the cells of one unit, in task order */
        public List<Cell> ofUnit(long unitId) {
            List<Cell> row = new ArrayList<>();
            for (TaskView task : tasks) {
                Cell cell = cell(unitId, task.id());
                if (cell != null) {
                    row.add(cell);
                }
            }
            return row;
        }
    }
}

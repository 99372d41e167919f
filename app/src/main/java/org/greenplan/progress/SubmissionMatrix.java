package org.greenplan.progress;

import java.time.LocalDate;
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
 * report's state and its {@link Timeliness} read today: on time (submitted by the unit's effective due date
 * plus grace, {@link Deadline#onTimeUntil}), late, missing (not submitted once the unit's due date has passed
 * or the period was closed) or not yet due (待报). Only the office and leaders read it.
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
        LocalDate today = deadlines.today();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (TaskView task : tasks) {
            long lead = ReportAccess.leadUnit(task);
            for (AssignedUnit unit : task.units()) {
                Deadline deadline = due.of(unit.unitId(), task.id(), unit.unitId() == lead);
                ReportStatus report = reports.get(unit.unitId() + ":" + task.id());
                cells.putIfAbsent(
                        unit.unitId() + ":" + task.id(),
                        Cell.of(
                                unit.unitId(),
                                task.id(),
                                deadline,
                                report,
                                period.closed() || today.isAfter(deadline.dueOn())));
            }
        }
        return new Matrix(period, catalog.units(planId), tasks, cells);
    }

    /**
     * Whether a unit's report counts as submitted in time: the one rule the matrix, the dashboard, the
     * briefing, the assessment, the reminders and the task statuses ({@code PlanTimeliness.Slot}) apply.
     */
    public enum Timeliness {
        /** Submitted by the last on-time day (the unit's due date plus the grace window). */
        ON_TIME,
        /** First submitted after the last on-time day. */
        LATE,
        /** Not submitted, and the unit's due date has passed or the office closed the period (未报送). */
        MISSING,
        /** Not submitted yet, and not due yet (待报): neither late nor missing. */
        NOT_DUE;

        /** The values of reports that are due (submitted, or missing): what timeliness counts and rates. */
        public static final List<Timeliness> DUE = List.of(ON_TIME, LATE, MISSING);

        /**
         * @param firstSubmitted the day of the first submission, or null when not submitted (as far as known)
         * @param onTimeUntil    the last on-time day
         * @param due            whether the unit's due date has passed on the reading day or the period is closed
         * @return the report's timeliness
         */
        public static Timeliness of(LocalDate firstSubmitted, LocalDate onTimeUntil, boolean due) {
            if (firstSubmitted != null) {
                return firstSubmitted.isAfter(onTimeUntil) ? LATE : ON_TIME;
            }
            return due ? MISSING : NOT_DUE;
        }

        /** @return whether the report is not submitted (missing or not yet due) */
        public boolean outstanding() {
            return this == MISSING || this == NOT_DUE;
        }
    }

    /**
     * One unit's report on one task.
     *
     * @param due    the unit's deadline
     * @param report the stored report, or null
     */
    public record Cell(long unitId, long taskId, Deadline due, ReportStatus report, Timeliness timeliness) {
        /** @param passed whether the unit's due date has passed today or the period is closed */
        static Cell of(long unitId, long taskId, Deadline due, ReportStatus report, boolean passed) {
            LocalDate first = report == null || !report.submitted()
                    ? null
                    : LocalDate.ofInstant(report.firstSubmitted(), due.zone());
            return new Cell(unitId, taskId, due, report, Timeliness.of(first, due.onTimeUntil(), passed));
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

        /** @return the number of reports expected (one per unit a task names), due or not */
        public long expected() {
            return cells.size();
        }

        /** @return the number of reports due today (on time, late or missing; not those not yet due) */
        public long due() {
            return expected() - count(Timeliness.NOT_DUE);
        }

        /** @return the number of cells with the timeliness */
        public long count(Timeliness timeliness) {
            return cells.values().stream()
                    .filter(c -> c.timeliness() == timeliness)
                    .count();
        }

        /** @return the number submitted at least once (on time or late) */
        public long submitted() {
            return count(Timeliness.ON_TIME) + count(Timeliness.LATE);
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

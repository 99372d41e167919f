package org.greenplan.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.progress.SubmissionMatrix.Cell;
import org.greenplan.progress.SubmissionMatrix.Timeliness;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.TaskStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of closed periods' results (table {@code period_result}): each task's status on the
 * period's last day and the timeliness of each report due in it, which is all a trend column counts. A
 * closed period's result changes only through a reopening, a report submitted under a lock exception or
 * a late approval or return; {@link PeriodResultInvalidation} raises the plan's generation on those
 * events in the writing transaction, and a stored result of an older generation is never read. Rows are
 * written by the first request that misses them, only if the generation it read before computing is
 * still the current one, so a result computed while a change committed is not kept.
 */
@Component
class ClosedPeriodResults {
    // the plan's own generation plus the epoch of changes to every plan: both only grow, so the sum does too
    private static final String CURRENT_GENERATION =
            "coalesce((select generation from period_result_generation where plan_id = ?), 0)"
                    + " + (select epoch from period_result_epoch)";
    private final JdbcClient jdbc;

    ClosedPeriodResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether a period's result may be kept: it is closed and ended on or before {@code on} */
    static boolean keeps(ReportingPeriod period) {
        return period.state() == PeriodState.CLOSED;
    }

    /**
     * @return the plan's current generation: its own count of changes to closed periods plus the epoch of
     *     changes to every plan (0 before any); it only grows
     */
    long generation(long planId) {
        return jdbc.sql("select " + CURRENT_GENERATION)
                .param(planId)
                .query(Long.class)
                .single();
    }

    /**
     * @param current the scope being shown: its tasks give units and sections, its region the units counted
     * @return the period's scope rebuilt from the stored result of the generation, or empty when none is stored
     */
    Optional<Scope> find(ReportingPeriod period, long generation, Scope current) {
        return jdbc.sql("select statuses, cells from period_result where period_id = ? and generation = ?")
                .params(period.id(), generation)
                .query((rs, n) -> scope(period, current, rs.getString(1), rs.getString(2)))
                .optional();
    }

    /**
     * Stores a period's computed result unless the plan's generation moved on since {@code generation} was read.
     *
     * @return whether it was stored
     */
    boolean store(Scope computed, long generation) {
        int rows = jdbc.sql("""
                        insert into period_result (period_id, plan_id, generation, statuses, cells)
                        select ?, ?, ?, ?, ?
                        where ? = """ + CURRENT_GENERATION + """
                        on conflict (period_id) do update set generation = excluded.generation,
                            statuses = excluded.statuses, cells = excluded.cells, computed_at = now()""")
                .params(
                        computed.period().id(),
                        computed.plan().id(),
                        generation,
                        statuses(computed.supervision()),
                        cells(computed.matrix()),
                        generation,
                        computed.plan().id())
                .update();
        return rows > 0;
    }

    /**
     * Makes every stored result of the plan stale (called in the transaction that changes a closed period), and
     * the answers {@link CurrentResults} keeps for it: what changes a closed period changes the trend too.
     */
    void invalidate(long planId) {
        jdbc.sql("""
                        insert into period_result_generation (plan_id, generation, current_generation) values (?, 1, 1)
                        on conflict (plan_id) do update set generation = period_result_generation.generation + 1,
                            current_generation = period_result_generation.current_generation + 1""").param(planId).update();
    }

    /**
     * Makes every plan's stored results stale: the working-day calendar or the global settings changed, or
     * the application started (a new release may compute statuses differently).
     */
    void invalidateEveryPlan() {
        jdbc.sql("update period_result_epoch set epoch = epoch + 1").update();
    }

    private static String statuses(PlanSupervision supervision) {
        List<String> parts = new ArrayList<>();
        supervision.tasks().forEach(t -> parts.add(t.taskId() + "=" + t.status().name()));
        return String.join(";", parts);
    }

    private static String cells(SubmissionMatrix.Matrix matrix) {
        List<String> parts = new ArrayList<>();
        if (matrix != null) {
            matrix.cells().values().forEach(c -> parts.add(c.unitId() + ":" + c.taskId() + "=" + c.timeliness()));
        }
        return String.join(";", parts);
    }

    /** The tasks are the current scope's with the stored statuses; the matrix holds only timeliness. */
    private static Scope scope(ReportingPeriod period, Scope current, String statuses, String cells) {
        Map<Long, TaskStatus> status = new HashMap<>();
        for (String part : split(statuses)) {
            int eq = part.indexOf('=');
            status.put(Long.parseLong(part.substring(0, eq)), TaskStatus.valueOf(part.substring(eq + 1)));
        }
        List<SupervisedTask> tasks = new ArrayList<>();
        for (SupervisedTask t : current.supervision().tasks()) {
            TaskStatus s = status.get(t.taskId());
            if (s != null) {
                tasks.add(withStatus(t, s));
            }
        }
        Map<String, Cell> matrixCells = new HashMap<>();
        for (String part : split(cells)) {
            int colon = part.indexOf(':');
            int eq = part.indexOf('=');
            long unit = Long.parseLong(part.substring(0, colon));
            long task = Long.parseLong(part.substring(colon + 1, eq));
            matrixCells.put(
                    unit + ":" + task, new Cell(unit, task, null, null, Timeliness.valueOf(part.substring(eq + 1))));
        }
        SubmissionMatrix.Matrix matrix = new SubmissionMatrix.Matrix(period, List.of(), List.of(), matrixCells);
        return new Scope(
                current.plan(),
                period,
                period.endsOn(),
                new PlanSupervision(current.plan().id(), period.endsOn(), tasks),
                current.regionUnits(),
                matrix);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(";"));
    }

    /** The task as it counts in a trend column: only the status differs from the current day's. */
    private static SupervisedTask withStatus(SupervisedTask t, TaskStatus status) {
        return new SupervisedTask(
                t.planId(),
                t.taskId(),
                t.number(),
                t.path(),
                t.text(),
                t.sectionId(),
                t.unitIds(),
                t.leadUnitId(),
                status,
                t.reason(),
                t.reasons(),
                t.lastUpdate(),
                t.targets());
    }
}

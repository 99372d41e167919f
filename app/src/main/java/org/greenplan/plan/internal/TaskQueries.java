package org.greenplan.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.ClauseView;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loads a plan's tasks with their assignments and targets in three queries. */
public final class TaskQueries {
    private static final String SELECT_TASK = """
            select id, plan_id, node_id, number, path, text, source_text, source_line, source_start, source_end,
                   deadline, deadline_open, deadline_phrase, version
            from task""";
    private final JdbcClient jdbc;

    public TaskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the plan's tasks in document order, only those naming {@code unitId} when it is not null */
    public List<TaskView> ofPlan(long planId, Long unitId) {
        Map<Long, List<AssignedUnit>> units = assignments(planId, null);
        Map<Long, List<TargetView>> targets = targets(planId, null);
        Map<Long, List<ClauseView>> clauses = clauses(planId, null);
        List<TaskView> all = jdbc.sql(SELECT_TASK + " where plan_id = ? order by position")
                .param(planId)
                .query((rs, i) -> task(rs, units, targets, clauses))
                .list();
        if (unitId == null) {
            return all;
        }
        return all.stream()
                .filter(t -> t.units().stream().anyMatch(u -> u.unitId() == unitId))
                .toList();
    }

    /** @return the task if it belongs to the plan */
    public Optional<TaskView> one(long planId, long taskId) {
        Map<Long, List<AssignedUnit>> units = assignments(planId, taskId);
        Map<Long, List<TargetView>> targets = targets(planId, taskId);
        Map<Long, List<ClauseView>> clauses = clauses(planId, taskId);
        return jdbc.sql(SELECT_TASK + " where plan_id = ? and id = ?")
                .params(planId, taskId)
                .query((rs, i) -> task(rs, units, targets, clauses))
                .optional();
    }

    private static TaskView task(
            ResultSet rs,
            Map<Long, List<AssignedUnit>> units,
            Map<Long, List<TargetView>> targets,
            Map<Long, List<ClauseView>> clauses)
            throws SQLException {
        long id = rs.getLong("id");
        java.sql.Date deadline = rs.getDate("deadline");
        return new TaskView(
                id,
                rs.getLong("plan_id"),
                (Long) rs.getObject("node_id"),
                rs.getString("number"),
                PlanSummaryMapper.strings(rs.getArray("path")),
                rs.getString("text"),
                rs.getString("source_text"),
                rs.getInt("source_line"),
                rs.getInt("source_start"),
                rs.getInt("source_end"),
                deadline == null ? null : deadline.toLocalDate(),
                rs.getBoolean("deadline_open"),
                rs.getString("deadline_phrase"),
                units.getOrDefault(id, List.of()),
                targets.getOrDefault(id, List.of()),
                clauses.getOrDefault(id, List.of()),
                rs.getInt("version"));
    }

    private Map<Long, List<AssignedUnit>> assignments(long planId, Long taskId) {
        Map<Long, List<AssignedUnit>> byTask = new HashMap<>();
        jdbc.sql("""
                select a.task_id, u.id, u.name, a.printed_name, a.role, a.inherited, u.confirmed
                from assignment a join task t on t.id = a.task_id join responsible_unit u on u.id = a.unit_id
                where t.plan_id = ? and (cast(? as bigint) is null or t.id = ?)
                order by a.task_id, a.position""").params(planId, taskId, taskId).query(rs -> {
            byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new AssignedUnit(
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getBoolean(6),
                            rs.getBoolean(7)));
        });
        return byTask;
    }

    private Map<Long, List<ClauseView>> clauses(long planId, Long taskId) {
        Map<Long, List<ClauseView>> byTask = new HashMap<>();
        jdbc.sql("""
                select c.task_id, c.text, c.units from task_clause c join task t on t.id = c.task_id
                where t.plan_id = ? and (cast(? as bigint) is null or t.id = ?)
                order by c.task_id, c.position""").params(planId, taskId, taskId).query(rs -> {
            List<ClauseView.ClauseUnit> units = PlanSummaryMapper.strings(rs.getArray(3)).stream()
                    .map(ClauseUnits::parse)
                    .toList();
            byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ClauseView(rs.getString(2), units));
        });
        return byTask;
    }

    private Map<Long, List<TargetView>> targets(long planId, Long taskId) {
        Map<Long, List<TargetView>> byTask = new HashMap<>();
        jdbc.sql("""
                select g.task_id, g.id, g.indicator, g.comparator, g.value, g.upper_value, g.unit, g.phrase, g.span_start,
                       g.span_end
                from target g join task t on t.id = g.task_id
                where t.plan_id = ? and (cast(? as bigint) is null or t.id = ?)
                order by g.task_id, g.position""").params(planId, taskId, taskId).query(rs -> {
            byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new TargetView(
                            rs.getLong(2),
                            rs.getString(3),
                            Comparison.valueOf(rs.getString(4)),
                            rs.getBigDecimal(5),
                            rs.getBigDecimal(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getInt(9),
                            rs.getInt(10)));
        });
        return byTask;
    }
}

package org.greenplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenplan.parser.plan.Heading;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.ResponsibilityClause;
import org.greenplan.parser.plan.UnitAssignment;
import org.greenplan.parser.targets.TargetSpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts a parsed plan's headings, tasks, assignments and targets. A node's parent is the heading
 * whose printed path is the node's path without its last element.
 */
final class PlanTreeWriter {
    private final JdbcClient jdbc;

    PlanTreeWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long planId, ParsedPlan parsed, Map<String, Long> unitIds) {
        List<Placed> placed = new ArrayList<>();
        int position = 0;
        for (Heading heading : parsed.headings()) {
            Long parent = parentOf(placed, heading.path(), heading.line());
            placed.add(new Placed(heading.path(), heading.line(), insertNode(planId, parent, heading, position++)));
        }
        position = 0;
        for (ParsedTask task : parsed.tasks()) {
            long taskId =
                    insertTask(planId, parentOf(placed, task.path(), task.span().line()), task, position++);
            insertAssignments(taskId, task.units(), unitIds);
            insertTargets(taskId, task.targets());
            insertClauses(taskId, task.clauses());
        }
    }

    /** A heading already stored, with where it stands. */
    private record Placed(List<String> path, int line, long id) {}

    /**
     * The parent is the nearest heading above (by line) whose printed path is this path without its
     * last number: numbering can repeat in one file (two documents, an annex), so the path alone is
     * not enough.
     */
    private static Long parentOf(List<Placed> placed, List<String> path, int line) {
        List<String> parentPath = path.isEmpty() ? path : path.subList(0, path.size() - 1);
        Long parent = null;
        for (Placed heading : placed) {
            if (heading.line() <= line && heading.path().equals(parentPath)) {
                parent = heading.id();
            }
        }
        return parent;
    }

    private long insertNode(long planId, Long parentId, Heading heading, int position) {
        return jdbc.sql("""
                insert into plan_node (plan_id, parent_id, level, number, path, title, position, source_line)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        planId,
                        parentId,
                        heading.level(),
                        heading.number(),
                        heading.path().toArray(String[]::new),
                        heading.title(),
                        position,
                        heading.line())
                .query(Long.class)
                .single();
    }

    private long insertTask(long planId, Long nodeId, ParsedTask task, int position) {
        var deadline = task.deadline();
        return jdbc.sql("""
                insert into task (plan_id, node_id, number, path, text, source_text, source_line, source_column,
                                  source_start, source_end, deadline, deadline_open, deadline_phrase, position)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        planId,
                        nodeId,
                        task.number(),
                        task.path().toArray(String[]::new),
                        task.text(),
                        task.sourceText(),
                        task.span().line(),
                        task.span().column(),
                        task.span().startOffset(),
                        task.span().endOffset(),
                        deadline == null ? null : deadline.date(),
                        deadline != null && deadline.open(),
                        deadline == null ? null : deadline.phrase(),
                        position)
                .query(Long.class)
                .single();
    }

    private void insertAssignments(long taskId, List<UnitAssignment> units, Map<String, Long> unitIds) {
        int position = 0;
        for (UnitAssignment unit : units) {
            Long unitId = unitIds.get(unit.name());
            if (unitId == null) {
                throw new IllegalArgumentException("unit not resolved: " + unit.name());
            }
            jdbc.sql("""
                    insert into assignment (task_id, position, unit_id, role, printed_name, inherited)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(taskId, position++, unitId, unit.role().name(), unit.name(), unit.inherited())
                    .update();
        }
    }

    private void insertClauses(long taskId, List<ResponsibilityClause> clauses) {
        int position = 0;
        for (ResponsibilityClause clause : clauses) {
            String[] units = clause.units().stream()
                    .map(u -> new ClauseView.ClauseUnit(u.role().name(), u.name()).stored())
                    .toArray(String[]::new);
            jdbc.sql("""
                    insert into task_clause (task_id, position, text, source_start, source_end, units)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            taskId,
                            position++,
                            clause.text(),
                            clause.span().startOffset(),
                            clause.span().endOffset(),
                            units)
                    .update();
        }
    }

    private void insertTargets(long taskId, List<TargetSpec> targets) {
        int position = 0;
        for (TargetSpec target : targets) {
            jdbc.sql("""
                    insert into target (task_id, position, indicator, comparator, value, upper_value, unit, phrase,
                                        span_start, span_end)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            taskId,
                            position++,
                            target.indicator(),
                            target.comparator().name(),
                            target.value(),
                            target.upperValue(),
                            target.unit(),
                            target.printedPhrase(),
                            target.start(),
                            target.end())
                    .update();
        }
    }
}

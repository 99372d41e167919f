package org.greenplan.plan.internal;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.plan.draft.DraftAssignment;
import org.greenplan.plan.draft.DraftClause;
import org.greenplan.plan.draft.DraftHeading;
import org.greenplan.plan.draft.DraftTarget;
import org.greenplan.plan.draft.DraftTask;
import org.greenplan.plan.draft.PlanDraft;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts a draft plan's headings, tasks, assignments, clauses and targets. A node's parent is the
 * heading whose printed path is the node's path without its last element.
 */
public final class PlanTreeWriter {
    private final JdbcClient jdbc;

    public PlanTreeWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the tree of plan {@code planId}, which has none yet. */
    public void write(long planId, PlanDraft draft) {
        List<Placed> placed = new ArrayList<>();
        int position = 0;
        for (DraftHeading heading : draft.headings()) {
            Long parent = parentOf(placed, heading.path(), heading.line());
            placed.add(new Placed(heading.path(), heading.line(), insertNode(planId, parent, heading, position++)));
        }
        position = 0;
        for (DraftTask task : draft.tasks()) {
            long taskId = insertTask(
                    planId, parentOf(placed, task.path(), task.source().line()), task, position++);
            insertAssignments(taskId, task.units());
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

    private long insertNode(long planId, Long parentId, DraftHeading heading, int position) {
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

    private long insertTask(long planId, Long nodeId, DraftTask task, int position) {
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
                        task.source().line(),
                        task.source().column(),
                        task.source().startOffset(),
                        task.source().endOffset(),
                        task.deadline(),
                        task.deadlineOpen(),
                        task.deadlinePhrase(),
                        position)
                .query(Long.class)
                .single();
    }

    private void insertAssignments(long taskId, List<DraftAssignment> units) {
        int position = 0;
        for (DraftAssignment unit : units) {
            jdbc.sql("""
                    insert into assignment (task_id, position, unit_id, role, printed_name, inherited)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(taskId, position++, unit.unitId(), unit.role(), unit.printedName(), unit.inherited())
                    .update();
        }
    }

    private void insertClauses(long taskId, List<DraftClause> clauses) {
        int position = 0;
        for (DraftClause clause : clauses) {
            String[] units = clause.units().stream().map(ClauseUnits::stored).toArray(String[]::new);
            jdbc.sql("""
                    insert into task_clause (task_id, position, text, source_start, source_end, units)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(taskId, position++, clause.text(), clause.startOffset(), clause.endOffset(), units)
                    .update();
        }
    }

    private void insertTargets(long taskId, List<DraftTarget> targets) {
        int position = 0;
        for (DraftTarget target : targets) {
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
                            target.phrase(),
                            target.spanStart(),
                            target.spanEnd())
                    .update();
        }
    }
}

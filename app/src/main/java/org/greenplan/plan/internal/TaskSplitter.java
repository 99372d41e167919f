package org.greenplan.plan.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The row work behind merging and splitting draft tasks. Callers hold the plan lock. */
public final class TaskSplitter {
    private final JdbcClient jdbc;

    public TaskSplitter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends the next task (in document order) to this one and deletes it.
     *
     * @return false, changing nothing, when this is the last task
     */
    public boolean mergeWithNext(long planId, long taskId) {
        Long next = jdbc.sql("""
                select n.id from task t join task n on n.plan_id = t.plan_id and n.position > t.position
                where t.id = ? order by n.position limit 1""").param(taskId).query(Long.class).optional().orElse(null);
        if (next == null) {
            return false;
        }
        int offset = jdbc.sql("select length(text) from task where id = ?")
                .param(taskId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                update task t set text = t.text || n.text, source_text = t.source_text || E'\\n' || n.source_text,
                                  source_end = greatest(t.source_end, n.source_end)
                from task n where t.id = ? and n.id = ?""").params(taskId, next).update();
        jdbc.sql("""
                insert into assignment (task_id, position, unit_id, role, printed_name, inherited)
                select ?, (select coalesce(max(position), -1) from assignment where task_id = ?) + row_number() over (order by a.position),
                       a.unit_id, a.role, a.printed_name, a.inherited
                from assignment a where a.task_id = ?
                  and a.unit_id not in (select unit_id from assignment where task_id = ?)""").params(taskId, taskId, next, taskId).update();
        jdbc.sql("""
                update target set task_id = ?, span_start = span_start + ?, span_end = span_end + ?,
                       position = position + (select count(*) from target where task_id = ?) where task_id = ?""").params(taskId, offset, offset, taskId, next).update();
        jdbc.sql("""
                update task_clause set task_id = ?, position = position + (select count(*) from task_clause where task_id = ?)
                where task_id = ?""").params(taskId, taskId, next).update();
        jdbc.sql("delete from task where id = ?").param(next).update();
        return true;
    }

    /** Cuts task {@code taskId}, whose text is {@code text}, at offset {@code at} into two tasks. */
    public void split(long planId, long taskId, String text, int at) {
        jdbc.sql(
                        "update task set position = position + 1 where plan_id = ? and position > (select position from task where id = ?)")
                .params(planId, taskId)
                .update();
        long second = jdbc.sql("""
                insert into task (plan_id, node_id, number, path, text, source_text, source_line, source_column,
                                  source_start, source_end, deadline, deadline_open, deadline_phrase, position)
                select plan_id, node_id, number || '-2', path[1:array_length(path, 1) - 1] || (number || '-2'),
                       ?, source_text, source_line, source_column, source_start, source_end, deadline, deadline_open,
                       deadline_phrase, position + 1
                from task where id = ? returning id""")
                .params(text.substring(at).strip(), taskId)
                .query(Long.class)
                .single();
        jdbc.sql("update task set text = ? where id = ?")
                .params(text.substring(0, at).strip(), taskId)
                .update();
        jdbc.sql("""
                insert into assignment (task_id, position, unit_id, role, printed_name, inherited)
                select ?, position, unit_id, role, printed_name, inherited from assignment where task_id = ?""").params(second, taskId).update();
        int shift = at
                + (text.substring(at).length()
                        - text.substring(at).stripLeading().length());
        jdbc.sql("""
                update target set task_id = ?, span_start = greatest(span_start - ?, 0), span_end = greatest(span_end - ?, 0)
                where task_id = ? and span_start >= ?""").params(second, shift, shift, taskId, at).update();
    }
}

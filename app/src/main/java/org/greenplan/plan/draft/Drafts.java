package org.greenplan.plan.draft;

import java.util.List;
import java.util.NoSuchElementException;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanState;
import org.greenplan.plan.internal.PlanTreeWriter;
import org.greenplan.plan.internal.TaskSplitter;
import org.greenplan.plan.view.IssueView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes DRAFT plans: stores an import and applies the office's review corrections row by row.
 *
 * <p>Only the import module uses this (named interface {@code plan::draft}). The corrections check no
 * state and no rule: the caller locks the plan with {@link #lockState(long)}, refuses a plan that is
 * not a DRAFT and validates the correction, all in its own transaction, which these methods require
 * ({@link Propagation#MANDATORY}).
 */
@Service
public class Drafts {
    private final JdbcClient jdbc;
    private final PlanTreeWriter treeWriter;
    private final TaskSplitter splitter;

    Drafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.treeWriter = new PlanTreeWriter(jdbc);
        this.splitter = new TaskSplitter(jdbc);
    }

    /**
     * Stores a plan as a DRAFT with its source file, headings, tasks, assignments, targets and issues.
     *
     * @param regionId region of the plan
     * @return the new plan's id
     */
    @Transactional
    public long store(long regionId, PlanDraft draft, PlanSourceFile source) {
        long planId = insertPlan(regionId, draft);
        insertSource(planId, regionId, source);
        treeWriter.write(planId, draft);
        insertIssues(planId, draft.issues());
        return planId;
    }

    /**
     * Locks the plan's row until the caller's transaction ends.
     *
     * @return its state
     * @throws NoSuchElementException when there is no such plan
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PlanState lockState(long planId) {
        return jdbc.sql("select state from plan where id = ? for update")
                .param(planId)
                .query((rs, i) -> PlanState.valueOf(rs.getString(1)))
                .optional()
                .orElseThrow(() -> NotFoundException.plan(planId));
    }

    /**
     * @return the task's text
     * @throws NoSuchElementException when the task is not in the plan
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String taskText(long planId, long taskId) {
        return jdbc.sql("select text from task where id = ? and plan_id = ?")
                .params(taskId, planId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("error.notFound.task"));
    }

    /**
     * Raises the task's edit version if it still is {@code expected}: the optimistic lock of the review's
     * corrections, taken before a correction is written in the same transaction.
     *
     * @return true when the version matched (and was raised); false when someone saved in between
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean advanceVersion(long planId, long taskId, int expected) {
        return jdbc.sql("update task set version = version + 1 where id = ? and plan_id = ? and version = ?")
                        .params(taskId, planId, expected)
                        .update()
                == 1;
    }

    /** Raises the task's edit version whatever it is (a change not made through its form). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void touch(long taskId) {
        jdbc.sql("update task set version = version + 1 where id = ?")
                .param(taskId)
                .update();
    }

    /** Sets the task's text (stripped) and deadline. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updateTask(long taskId, TaskEdit edit) {
        jdbc.sql("update task set text = ?, deadline = ?, deadline_open = ?, deadline_phrase = ? where id = ?")
                .params(
                        edit.text().strip(),
                        edit.deadline(),
                        edit.deadlineOpen(),
                        blankToNull(edit.deadlinePhrase()),
                        taskId)
                .update();
    }

    /** Replaces the task's units, in the given order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceAssignments(long taskId, List<AssignmentEdit> units) {
        jdbc.sql("delete from assignment where task_id = ?").param(taskId).update();
        int position = 0;
        for (AssignmentEdit unit : units) {
            jdbc.sql("insert into assignment (task_id, position, unit_id, role, printed_name) values (?, ?, ?, ?, ?)")
                    .params(taskId, position++, unit.unitId(), unit.role(), unit.printedName())
                    .update();
        }
    }

    /**
     * Replaces the task's targets, in place: the n-th target keeps its identity (and the values reported
     * for it); targets past the new count are deleted. A target's phrase is highlighted where it occurs
     * in {@code text}, the task's text.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceTargets(long taskId, String text, List<TargetEdit> targets) {
        jdbc.sql("delete from target where task_id = ? and position >= ?")
                .params(taskId, targets.size())
                .update();
        for (int position = 0; position < targets.size(); position++) {
            Object[] values = targetRow(targets.get(position), text, taskId, position);
            int updated = jdbc.sql("""
                    update target set indicator = ?, comparator = ?, value = ?, upper_value = ?, unit = ?, phrase = ?,
                                      span_start = ?, span_end = ? where task_id = ? and position = ?""").params(values).update();
            if (updated == 0) {
                jdbc.sql("""
                        insert into target (indicator, comparator, value, upper_value, unit, phrase, span_start,
                                            span_end, task_id, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
            }
        }
    }

    /**
     * Merges the next task (in document order) into this one: texts joined, units and targets added.
     *
     * @return false, changing nothing, when this is the last task
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean mergeWithNext(long planId, long taskId) {
        return splitter.mergeWithNext(planId, taskId);
    }

    /**
     * Splits a task at offset {@code at} of its text {@code text}; the second part becomes a new task
     * right after it, numbered {@code N-2}, with the same units and the targets whose phrase falls in it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void split(long planId, long taskId, String text, int at) {
        splitter.split(planId, taskId, text, at);
    }

    /** Deletes the plan with everything imported with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(long planId) {
        jdbc.sql("delete from plan where id = ?").param(planId).update();
    }

    private static Object[] targetRow(TargetEdit t, String text, long taskId, int position) {
        int start = t.phrase() == null || t.phrase().isBlank() ? -1 : text.indexOf(t.phrase());
        return new Object[] {
            t.indicator().strip(),
            t.comparator().name(),
            t.value(),
            t.upperValue(),
            blankToNull(t.unit()),
            t.phrase() == null ? "" : t.phrase().strip(),
            Math.max(start, 0),
            start < 0 ? 0 : start + t.phrase().length(),
            taskId,
            position
        };
    }

    private long insertPlan(long regionId, PlanDraft draft) {
        return jdbc.sql("""
                insert into plan (region_id, title, plan_year, issuer, issued_on_behalf_by, issued_date,
                                  document_number, addressees, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT') returning id""")
                .params(
                        regionId,
                        draft.title() == null || draft.title().isBlank() ? "（未识别标题）" : draft.title(),
                        draft.planYear(),
                        draft.issuer(),
                        draft.issuedOnBehalfBy(),
                        draft.issuedDate(),
                        draft.documentNumber(),
                        draft.addressees().toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private void insertSource(long planId, long regionId, PlanSourceFile source) {
        jdbc.sql("""
                insert into plan_source (plan_id, region_id, file_name, format, charset, size_bytes, sha256, content,
                                         extracted_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        planId,
                        regionId,
                        source.fileName(),
                        source.format(),
                        source.charset(),
                        source.content().length,
                        source.sha256(),
                        source.content(),
                        source.extractedText())
                .update();
    }

    private void insertIssues(long planId, List<IssueView> issues) {
        for (IssueView issue : issues) {
            jdbc.sql("insert into parse_issue (plan_id, line, col, severity, message, code, args)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            planId,
                            issue.line(),
                            issue.column(),
                            issue.severity(),
                            issue.message(),
                            issue.code(),
                            issue.args().toArray(String[]::new))
                    .update();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

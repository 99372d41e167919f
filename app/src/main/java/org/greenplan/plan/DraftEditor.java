package org.greenplan.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.greenplan.parser.targets.TargetComparator;
import org.greenplan.parser.targets.TargetUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections the office makes while reviewing an imported plan: task text and deadline, units and
 * roles, targets, merging and splitting tasks. Only DRAFT plans can be corrected; a published plan
 * is changed only by an audited amendment. Each method is one transaction.
 *
 * @throws NoSuchElementException (every method) when the task is not in the plan
 * @throws PlanStateException     (every method) when the plan is already published
 */
@Service
public class DraftEditor {
    private static final Set<TargetComparator> NO_VALUE =
            EnumSet.of(TargetComparator.INCREASE, TargetComparator.DECREASE, TargetComparator.REFERENCE);

    private final JdbcClient jdbc;
    private final TaskSplitter splitter;

    DraftEditor(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.splitter = new TaskSplitter(jdbc);
    }

    /**
     * @throws DraftEditException when the text is blank, or an open deadline also has a date
     */
    @Transactional
    public void updateTask(long planId, long taskId, TaskEdit edit) {
        lockDraftTask(planId, taskId);
        if (edit.text() == null || edit.text().isBlank()) {
            throw new DraftEditException("任务内容不能为空");
        }
        if (edit.deadlineOpen() && edit.deadline() != null) {
            throw new DraftEditException("长期任务不能同时设置完成日期");
        }
        jdbc.sql("update task set text = ?, deadline = ?, deadline_open = ?, deadline_phrase = ? where id = ?")
                .params(
                        edit.text().strip(),
                        edit.deadline(),
                        edit.deadlineOpen(),
                        blankToNull(edit.deadlinePhrase()),
                        taskId)
                .update();
    }

    /**
     * Replaces the task's units, in the given order.
     *
     * @throws DraftEditException when no unit is given, a unit is listed twice, or a role is unknown
     */
    @Transactional
    public void replaceAssignments(long planId, long taskId, List<AssignmentEdit> units) {
        lockDraftTask(planId, taskId);
        if (units.isEmpty()) {
            throw new DraftEditException("每项任务至少要有一个责任单位");
        }
        if (units.stream().map(AssignmentEdit::unitId).distinct().count() < units.size()) {
            throw new DraftEditException("同一单位不能重复列出");
        }
        jdbc.sql("delete from assignment where task_id = ?").param(taskId).update();
        int position = 0;
        for (AssignmentEdit unit : units) {
            if (!List.of("LEAD", "CO", "RESPONSIBLE").contains(unit.role())) {
                throw new DraftEditException("未知的单位角色：" + unit.role());
            }
            jdbc.sql("insert into assignment (task_id, position, unit_id, role, printed_name) values (?, ?, ?, ?, ?)")
                    .params(taskId, position++, unit.unitId(), unit.role(), unit.printedName())
                    .update();
        }
    }

    /**
     * Replaces the task's targets, in place: the n-th target keeps its identity (and the values reported
     * for it); targets past the new count are deleted. A target's phrase is highlighted where it occurs
     * in the task text.
     *
     * @throws DraftEditException when a target lacks its indicator, its value, or a valid range
     */
    @Transactional
    public void replaceTargets(long planId, long taskId, List<TargetEdit> targets) {
        String text = lockDraftTask(planId, taskId);
        targets.forEach(DraftEditor::validate);
        // Targets are updated in place by position, so values already reported for them are kept.
        jdbc.sql("delete from target where task_id = ? and position >= ?")
                .params(taskId, targets.size())
                .update();
        for (int position = 0; position < targets.size(); position++) {
            TargetEdit t = targets.get(position);
            int start = t.phrase() == null || t.phrase().isBlank() ? -1 : text.indexOf(t.phrase());
            Object[] values = {
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
     * @throws DraftEditException when this is the last task
     */
    @Transactional
    public void mergeWithNext(long planId, long taskId) {
        lockDraftTask(planId, taskId);
        splitter.mergeWithNext(planId, taskId);
    }

    /**
     * Splits a task in two at a character offset of its text; the second part becomes a new task
     * right after it, numbered {@code N-2}, with the same units and the targets whose phrase falls
     * in it.
     *
     * @throws DraftEditException when the offset leaves either part blank
     */
    @Transactional
    public void split(long planId, long taskId, int at) {
        String text = lockDraftTask(planId, taskId);
        if (at <= 0
                || at >= text.length()
                || text.substring(0, at).isBlank()
                || text.substring(at).isBlank()) {
            throw new DraftEditException("拆分位置不对：拆分后两部分都不能为空");
        }
        splitter.split(planId, taskId, text, at);
    }

    /** @return the task's text, after locking the plan row and checking it is a DRAFT */
    private String lockDraftTask(long planId, long taskId) {
        String state = jdbc.sql("select state from plan where id = ? for update")
                .param(planId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("没有编号为 " + planId + " 的计划"));
        if (!PlanState.DRAFT.name().equals(state)) {
            throw new PlanStateException("计划已发布，不能在审核中修改 (plan " + planId + " is published)");
        }
        return jdbc.sql("select text from task where id = ? and plan_id = ?")
                .params(taskId, planId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("计划中没有该任务 (no such task)"));
    }

    private static void validate(TargetEdit t) {
        if (t.indicator() == null || t.indicator().isBlank()) {
            throw new DraftEditException("目标缺少指标名称");
        }
        if (t.comparator() == null) {
            throw new DraftEditException("目标“" + t.indicator() + "”缺少比较方式");
        }
        if (!NO_VALUE.contains(t.comparator()) && t.value() == null) {
            throw new DraftEditException("目标“" + t.indicator() + "”缺少目标值");
        }
        if (t.unit() != null
                && !t.unit().isBlank()
                && !TargetUnits.codes().contains(t.unit().strip())) {
            throw new DraftEditException(
                    "目标“" + t.indicator() + "”的单位“" + t.unit() + "”不是标准写法，可用：" + String.join("、", TargetUnits.codes()));
        }
        if (tooLarge(t.value()) || tooLarge(t.upperValue())) {
            throw new DraftEditException("目标“" + t.indicator() + "”的数值过大（不超过 10 的 15 次方）");
        }
        if (t.comparator() == TargetComparator.BETWEEN
                && (t.upperValue() == null || t.upperValue().compareTo(t.value()) < 0)) {
            throw new DraftEditException("目标“" + t.indicator() + "”的区间上限须不小于下限");
        }
    }

    private static boolean tooLarge(java.math.BigDecimal value) {
        return value != null && value.abs().compareTo(java.math.BigDecimal.TEN.pow(15)) >= 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

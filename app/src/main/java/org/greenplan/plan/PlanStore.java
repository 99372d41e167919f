package org.greenplan.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.shared.SupervisionInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes plans outside review: publishes a draft, withdraws a published plan, discards a plan
 * published by mistake, amends a published task by an approved adjustment (调整), and moves assignments
 * when units are merged. Every method is one transaction;
 * publishing, withdrawing and discarding leave an entry in the audit trail ({@code audit_event}).
 * Drafts are stored and corrected through {@code plan::draft} ({@link org.greenplan.plan.draft.Drafts}).
 */
@Service
public class PlanStore {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    PlanStore(JdbcClient jdbc, Clock clock, AuditTrail auditTrail, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.auditTrail = auditTrail;
        this.events = events;
    }

    /**
     * Publishes a draft plan.
     *
     * @throws NoSuchElementException when there is no such plan
     * @throws PlanStateException     when it is not a draft
     */
    @Transactional
    public void publish(long planId) {
        Plan plan = lock(planId);
        plan.publish(clock.instant());
        jdbc.sql("update plan set state = ?, published_at = ? where id = ?")
                .params(plan.state().name(), Timestamp.from(plan.publishedAt()), planId)
                .update();
        audit(planId, "PUBLISHED", null, null);
        events.publishEvent(SupervisionInputsChanged.ofPlan(planId));
    }

    /**
     * Withdraws a published plan (撤回): it leaves the plan list but stays stored with its tasks, reported
     * values and history; the reason is kept on the plan and in the audit trail.
     *
     * @param reason why, as the office typed it; required
     * @throws NoSuchElementException   when there is no such plan
     * @throws IllegalArgumentException when the reason is blank
     * @throws PlanStateException       when the plan is not published
     */
    @Transactional
    public void withdraw(long planId, String reason) {
        Plan plan = lock(planId);
        plan.withdraw(reason, clock.instant());
        jdbc.sql("update plan set state = ?, withdrawn_at = ?, withdrawal_reason = ? where id = ?")
                .params(plan.state().name(), Timestamp.from(plan.withdrawnAt()), plan.withdrawalReason(), planId)
                .update();
        audit(planId, "WITHDRAWN", null, plan.withdrawalReason());
        events.publishEvent(SupervisionInputsChanged.ofPlan(planId));
    }

    /**
     * Deletes a PUBLISHED plan against which no value was ever reported (published by mistake, e.g. the
     * same document in another encoding) with everything imported with it. The audit trail keeps one
     * entry naming the plan, its file and the reason. The caller removes the units only it named.
     *
     * @param reason why, or null
     * @throws NoSuchElementException when there is no such plan
     * @throws PlanStateException     when it is not published, or has reported values (it is kept)
     */
    @Transactional
    public void discardPublished(long planId, String reason) {
        Plan plan = lock(planId);
        if (plan.state() != PlanState.PUBLISHED) {
            throw new PlanStateException("plan.state.notPublished", String.valueOf(planId));
        }
        plan.checkDiscardable(hasReportedValues(planId));
        String described = jdbc.sql("""
                select p.title || ' (' || s.file_name || ', ' || p.state || ')' from plan p
                join plan_source s on s.plan_id = p.id where p.id = ?""").param(planId).query(String.class).single();
        jdbc.sql("delete from plan where id = ?").param(planId).update();
        audit(planId, "DISCARDED", described, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /**
     * Moves every assignment of one unit to another (when the office merges a unit into the one it
     * really is). A task that already names the other unit keeps that assignment only.
     */
    @Transactional
    public void reassignUnit(long fromUnitId, long toUnitId) {
        jdbc.sql("""
                delete from assignment a where a.unit_id = ?
                  and exists (select 1 from assignment b where b.task_id = a.task_id and b.unit_id = ?)""").params(fromUnitId, toUnitId).update();
        jdbc.sql("update assignment set unit_id = ? where unit_id = ?")
                .params(toUnitId, fromUnitId)
                .update();
        // every plan naming either unit counts its units anew
        events.publishEvent(SupervisionInputsChanged.ofEveryPlan());
    }

    /**
     * Amends a published task by the office's approved decision (调整): the wording, the deadline and one
     * target's value, each old → new recorded with {@link AuditTrail#recordChanges} (entity TASK, and TARGET
     * for the value) so the task's history shows it. Raises the task's version.
     *
     * @param reason the decision's reason, kept with each change
     * @return the fields that actually changed (none when the amendment equals what is stored)
     * @throws NotFoundException  when there is no such task, or the target is not the task's
     * @throws PlanStateException when the task's plan is not published
     */
    @Transactional
    public List<FieldChange> amendTask(long taskId, TaskAmendment amendment, String reason) {
        StoredTask task = lockTask(taskId);
        if (lock(task.planId()).state() != PlanState.PUBLISHED) {
            throw new PlanStateException("plan.amend.notPublished", String.valueOf(task.planId()));
        }
        List<FieldChange> changes = new ArrayList<>();
        if (amendment.text() != null) {
            changes.add(new FieldChange("text", task.text(), amendment.text()));
        }
        if (amendment.deadline() != null) {
            changes.add(new FieldChange(
                    "deadline", task.deadlineLabel(), amendment.deadline().toString()));
        }
        List<FieldChange> all =
                new ArrayList<>(changes.stream().filter(FieldChange::changed).toList());
        if (!all.isEmpty()) {
            boolean newDeadline = amendment.deadline() != null;
            jdbc.sql("""
                            update task set text = coalesce(?, text), deadline = coalesce(?, deadline),
                                   deadline_phrase = case when ? then null else deadline_phrase end,
                                   deadline_open = case when ? then false else deadline_open end,
                                   version = version + 1
                            where id = ?""")
                    .params(amendment.text(), amendment.deadline(), newDeadline, newDeadline, taskId)
                    .update();
            auditTrail.recordChanges(new AuditSubject("TASK", taskId, taskId, null), "AMENDED", all, reason);
            if (amendment.text() != null) {
                relocatePhrases(taskId, amendment.text());
            }
        }
        if (amendment.targetId() != null) {
            all.addAll(amendTarget(taskId, amendment.targetId(), amendment.targetValue(), reason));
        }
        if (!all.isEmpty()) {
            events.publishEvent(SupervisionInputsChanged.ofPlan(task.planId()));
        }
        return all;
    }

    /**
     * Points each target's printed phrase at where it stands in the new wording, or at nothing (no highlight)
     * when the new wording no longer contains it.
     */
    private void relocatePhrases(long taskId, String text) {
        List<Object[]> spans = jdbc.sql("select id, phrase from target where task_id = ?")
                .param(taskId)
                .query((rs, i) -> {
                    String phrase = rs.getString(2);
                    int at = phrase == null || phrase.isEmpty() ? -1 : text.indexOf(phrase);
                    return new Object[] {at < 0 ? 0 : at, at < 0 ? 0 : at + phrase.length(), rs.getLong(1)};
                })
                .list();
        spans.forEach(span -> jdbc.sql("update target set span_start = ?, span_end = ? where id = ?")
                .params(span)
                .update());
    }

    private List<FieldChange> amendTarget(long taskId, long targetId, BigDecimal value, String reason) {
        FieldChange change = jdbc.sql("select value, unit from target where id = ? and task_id = ? for update")
                .params(targetId, taskId)
                .query((rs, i) -> new FieldChange(
                        "value", withUnit(rs.getBigDecimal(1), rs.getString(2)), withUnit(value, rs.getString(2))))
                .optional()
                .orElseThrow(() -> new NotFoundException("error.notFound.target"));
        if (!change.changed()) {
            return List.of();
        }
        jdbc.sql("update target set value = ? where id = ?")
                .params(value, targetId)
                .update();
        auditTrail.recordChanges(
                new AuditSubject("TARGET", targetId, taskId, null), "AMENDED", List.of(change), reason);
        return List.of(change);
    }

    private static String withUnit(BigDecimal value, String unit) {
        return value == null ? null : value.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
    }

    private StoredTask lockTask(long taskId) {
        return jdbc.sql("select plan_id, text, deadline, deadline_phrase from task where id = ? for update")
                .param(taskId)
                .query((rs, i) -> new StoredTask(
                        rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .optional()
                .orElseThrow(() -> new NotFoundException("error.notFound.task"));
    }

    /** A task's amendable fields as stored. */
    private record StoredTask(long planId, String text, LocalDate deadline, String deadlinePhrase) {
        /** @return the deadline as shown: the printed phrase with its date, the date, or the phrase */
        String deadlineLabel() {
            if (deadline == null) {
                return deadlinePhrase;
            }
            boolean phrase = deadlinePhrase != null && !deadlinePhrase.isBlank();
            return phrase ? deadlinePhrase + " (" + deadline + ")" : deadline.toString();
        }
    }

    /** @return whether a value was ever reported against one of the plan's targets (withdrawn ones too) */
    private boolean hasReportedValues(long planId) {
        return jdbc.sql("""
                select exists (select 1 from reported_value v join target g on g.id = v.target_id
                               join task t on t.id = g.task_id where t.plan_id = ?)""").param(planId).query(Boolean.class).single();
    }

    private Plan lock(long planId) {
        return jdbc.sql("select id, state from plan where id = ? for update")
                .param(planId)
                .query((rs, i) -> new Plan(rs.getLong(1), PlanState.valueOf(rs.getString(2))))
                .optional()
                .orElseThrow(() -> NotFoundException.plan(planId));
    }

    private void audit(long planId, String action, String detail, String reason) {
        auditTrail.record(AuditSubject.of("PLAN", planId), action, detail, reason);
    }
}

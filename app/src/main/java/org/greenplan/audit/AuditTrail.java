package org.greenplan.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes in the append-only audit trail ({@code audit_event}), in the caller's transaction so
 * that a change and its record are stored together or not at all. The actor comes from
 * {@link CurrentActor}; without one (command line) the actor is recorded as null.
 */
@Service
public class AuditTrail {
    private static final String INSERT = """
            insert into audit_event (occurred_at, actor, actor_user_id, acting_as_unit_id, entity, entity_id,
                                     task_id, unit_id, action, detail, field, old_value, new_value, reason)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final CurrentActor currentActor;
    private final Clock clock;

    AuditTrail(
            JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Records an action without field values (e.g. SUBMITTED, PERIOD_CLOSED).
     *
     * @param subject what it concerns: entity name (e.g. {@code PROGRESS_REPORT}), id, and the task and
     *                unit it belongs to where there are any
     * @param action  what happened, upper case, e.g. {@code RETURNED}
     * @param reason  the person's stated reason, or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditSubject subject, String action, String reason) {
        insert(subject, action, null, null, reason);
    }

    /**
     * Records an action with a description of what it concerned, for things that will not outlive it
     * (e.g. a discarded plan's title and file).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditSubject subject, String action, String detail, String reason) {
        insert(subject, action, detail, null, reason);
    }

    /**
     * Records one row per field that actually changed; writes nothing when none did.
     *
     * @return how many rows were written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordChanges(AuditSubject subject, String action, List<FieldChange> changes, String reason) {
        List<FieldChange> real = changes.stream().filter(FieldChange::changed).toList();
        real.forEach(change -> insert(subject, action, null, change, reason));
        return real.size();
    }

    /**
     * Writes many rows in JDBC batches, each with its own actor and moment (rows a bulk load of past
     * activity stands for: {@code ./greenplan demo-data}). Field changes that changed nothing are skipped
     * as in {@link #recordChanges}.
     *
     * @return how many rows were written
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordAll(List<AuditLine> lines) {
        List<Object[]> rows = lines.stream()
                .filter(line -> line.change() == null || line.change().changed())
                .map(AuditTrail::row)
                .toList();
        batch.batchUpdate(INSERT, rows);
        return rows.size();
    }

    private static Object[] row(AuditLine line) {
        FieldChange change = line.change();
        AuditSubject subject = line.subject();
        return new Object[] {
            Timestamp.from(line.at()),
            line.actor(),
            line.actorUserId(),
            null,
            subject.entity(),
            subject.entityId(),
            subject.taskId(),
            subject.unitId(),
            line.action(),
            line.detail(),
            change == null ? null : change.field(),
            change == null ? null : change.oldValue(),
            change == null ? null : change.newValue(),
            line.reason()
        };
    }

    private void insert(AuditSubject subject, String action, String detail, FieldChange change, String reason) {
        Actor actor = currentActor.find().orElse(null);
        jdbc.sql(INSERT)
                .params(
                        Timestamp.from(clock.instant()),
                        actor == null ? null : actor.displayName(),
                        actor == null ? null : actor.userId(),
                        actor != null && actor.actingAs() ? actor.unitId() : null,
                        subject.entity(),
                        subject.entityId(),
                        subject.taskId(),
                        subject.unitId(),
                        action,
                        detail,
                        change == null ? null : change.field(),
                        change == null ? null : change.oldValue(),
                        change == null ? null : change.newValue(),
                        reason)
                .update();
    }
}

/**
 * The audit trail (操作记录): who changed what, when, with old and new values. Append-only: the app's
 * database role may only read and insert {@code audit_event} rows (migration {@code V30}).
 *
 * <p>API: {@link org.greenplan.audit.AuditTrail} (record, in the writer's transaction) with
 * {@link org.greenplan.audit.AuditSubject} and {@link org.greenplan.audit.FieldChange}; and
 * {@link org.greenplan.audit.AuditLog} (read: per task, per user, per entity, by date, newest first,
 * paged, as {@link org.greenplan.audit.AuditRecord}s). The actor is taken from
 * {@code accounts::CurrentActor}; a change without changed fields writes no row. The office page is
 * {@code GET /office/audit}; a task's history fragment is {@code GET /office/audit/task/{taskId}}.
 *
 * <p>Tables (only this module writes them): {@code audit_event}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"accounts"})
package org.greenplan.audit;

/**
 * The audit trail (操作记录): who changed what, when, with old and new values. Append-only.
 *
 * <p>API: {@link org.greenplan.audit.AuditTrail} (record) with {@link org.greenplan.audit.FieldChange}.
 * The actor is taken from {@code accounts::CurrentActor}; a change without changed fields writes no row.
 *
 * <p>Tables (only this module writes them): {@code audit_event}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"accounts"})
package org.greenplan.audit;

package org.greenplan.audit;

/**
 * Someone who appears in the audit trail, for the filter list.
 *
 * @param userId      the {@code app_user} id
 * @param displayName the name last recorded for them
 */
public record AuditActor(long userId, String displayName) {}

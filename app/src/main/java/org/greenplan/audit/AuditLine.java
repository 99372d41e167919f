package org.greenplan.audit;

import java.time.Instant;

/**
 * One audit row written in bulk ({@link AuditTrail#recordAll}): the same columns a single
 * {@link AuditTrail#record} or {@link AuditTrail#recordChanges} writes, with the actor and the moment
 * given instead of taken from the request, for rows that describe what happened at another time (loaded
 * demonstration data).
 *
 * @param at          when it happened
 * @param actorUserId the acting user's id, or null
 * @param actor       the acting user's display name, or null
 * @param subject     what it concerns
 * @param action      what happened, upper case, e.g. {@code SUBMITTED}
 * @param detail      a description, or null
 * @param change      the field changed, or null for an action without field values
 * @param reason      the stated reason, or null
 */
public record AuditLine(
        Instant at,
        Long actorUserId,
        String actor,
        AuditSubject subject,
        String action,
        String detail,
        FieldChange change,
        String reason) {}

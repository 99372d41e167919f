package org.greenplan.audit;

import java.time.Instant;

/**
 * One row of the audit trail as it is read back.
 *
 * @param id             the row's id (rows of one change are written in order)
 * @param occurredAt     when
 * @param actor          the actor's display name as it was then, or null for the command line
 * @param actorUserId    the actor's {@code app_user} id, or null
 * @param actingAsUnit   the name of the unit an office admin acted as (shown as 代 …), or null
 * @param entity         PLAN, TASK, TARGET, PROGRESS_REPORT, REPORTING_PERIOD, USER, UNIT …
 * @param entityId       its id
 * @param taskId         the task it belongs to, or null
 * @param action         what happened, e.g. VALUE_CORRECTED
 * @param detail         a description of what it concerned, or null
 * @param field          the changed field, or null for an action without field values
 * @param oldValue       the value before, or null
 * @param newValue       the value after, or null
 * @param reason         the stated reason, or null
 */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        Long actorUserId,
        String actingAsUnit,
        String entity,
        long entityId,
        Long taskId,
        String action,
        String detail,
        String field,
        String oldValue,
        String newValue,
        String reason) {}

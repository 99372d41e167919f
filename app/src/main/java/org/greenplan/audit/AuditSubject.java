package org.greenplan.audit;

import java.util.Objects;

/**
 * What an audit row concerns.
 *
 * @param entity   the kind of thing, upper case: PLAN, TASK, TARGET, PROGRESS_REPORT, REPORTING_PERIOD, USER, UNIT
 * @param entityId its id
 * @param taskId   the task it belongs to, or null (to list a task's history)
 * @param unitId   the unit it belongs to, or null
 */
public record AuditSubject(String entity, long entityId, Long taskId, Long unitId) {

    public AuditSubject {
        Objects.requireNonNull(entity, "entity");
    }

    /** @return a subject that belongs to no task or unit (a plan, a user, a period) */
    public static AuditSubject of(String entity, long entityId) {
        return new AuditSubject(entity, entityId, null, null);
    }
}

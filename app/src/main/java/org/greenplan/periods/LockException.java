package org.greenplan.periods;

import java.time.Instant;

/**
 * A lock exception (解锁): one unit's report (one task, or all its tasks) writable again in a closed period.
 *
 * @param id           the exception
 * @param periodId     the closed period
 * @param unitId       the unit
 * @param unitName     its name
 * @param taskId       the task, or null for all the unit's tasks
 * @param taskNumber   the task's printed number, or null
 * @param reason       why it was granted
 * @param grantedBy    who granted it
 * @param grantedAt    when
 * @param revokedAt    when it was revoked, or null while it applies
 * @param revokedBy    who revoked it, or null
 * @param revokeReason why, or null
 */
public record LockException(
        long id,
        long periodId,
        long unitId,
        String unitName,
        Long taskId,
        String taskNumber,
        String reason,
        String grantedBy,
        Instant grantedAt,
        Instant revokedAt,
        String revokedBy,
        String revokeReason) {

    /** @return whether the exception still applies */
    public boolean active() {
        return revokedAt == null;
    }
}

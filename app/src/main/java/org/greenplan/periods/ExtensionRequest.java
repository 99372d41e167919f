package org.greenplan.periods;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's request for a later due date on one task in one period (延期申请).
 *
 * @param id             the request
 * @param periodId       the period
 * @param periodLabel    its label
 * @param unitId         the unit
 * @param unitName       its name
 * @param taskId         the task
 * @param taskNumber     its printed number
 * @param originalDueOn  the due date when it was filed (kept after a grant)
 * @param requestedDueOn the date asked for
 * @param reason         the unit's reason
 * @param state          REQUESTED, GRANTED or REFUSED
 * @param filedAt        when filed
 * @param filedBy        who filed it
 * @param grantedDueOn   the date the office granted, or null
 * @param decidedAt      when decided, or null
 * @param decidedBy      who decided, or null
 * @param decisionReason the office's reason (required to refuse), or null
 * @param version        optimistic-locking version
 */
public record ExtensionRequest(
        long id,
        long periodId,
        String periodLabel,
        long unitId,
        String unitName,
        long taskId,
        String taskNumber,
        LocalDate originalDueOn,
        LocalDate requestedDueOn,
        String reason,
        ExtensionState state,
        Instant filedAt,
        String filedBy,
        LocalDate grantedDueOn,
        Instant decidedAt,
        String decidedBy,
        String decisionReason,
        int version) {

    /** @return whether it still waits for the office */
    public boolean pending() {
        return state == ExtensionState.REQUESTED;
    }
}

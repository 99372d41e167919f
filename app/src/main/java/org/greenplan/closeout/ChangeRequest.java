package org.greenplan.closeout;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.greenplan.plan.TaskAmendment;

/**
 * A request to close out, cancel or adjust a task, and the office's decision on it.
 *
 * @param id              the request (0 before it is stored)
 * @param planId          the plan
 * @param taskId          the task
 * @param taskNumber      the task's printed number
 * @param unitId          the unit that asked, or null when the office filed it itself
 * @param unitName        that unit's name, or null
 * @param kind            close-out, cancellation or adjustment
 * @param state           pending, approved or refused
 * @param statement       the unit's statement (close-out: what was done; otherwise the reason)
 * @param amendment       the change asked for (adjustments only, else null)
 * @param targetIndicator the indicator of the amended target, or null
 * @param filedById       who filed it (user id)
 * @param filedBy         who filed it (display name)
 * @param filedAt         when
 * @param decidedBy       who decided (display name), or null while pending
 * @param decidedAt       when decided, or null
 * @param decisionNote    the office's verification note or reason (required to refuse), or null
 * @param version         optimistic-locking version, raised by every decision
 * @param evidence        the evidence files (close-out), in upload order
 */
public record ChangeRequest(
        long id,
        long planId,
        long taskId,
        String taskNumber,
        Long unitId,
        String unitName,
        RequestKind kind,
        RequestState state,
        String statement,
        TaskAmendment amendment,
        String targetIndicator,
        long filedById,
        String filedBy,
        Instant filedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote,
        int version,
        List<Evidence> evidence) {

    public ChangeRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        evidence = List.copyOf(evidence);
    }

    /** @return whether it still waits for the office */
    public boolean pending() {
        return state == RequestState.PENDING;
    }

    /** @return whether it is an approved close-out or cancellation (the task has ended) */
    public boolean endsTask() {
        return state == RequestState.APPROVED && kind.endsTask();
    }

    /** @return the message key of its state's name for its kind, e.g. {@code closeout.state.CLOSEOUT.APPROVED} */
    public String stateKey() {
        return "closeout.state." + kind + "." + state;
    }

    /** @return this request decided: state, who, when, note; the version raised by one */
    ChangeRequest decided(RequestState to, String by, Instant at, String note) {
        return new ChangeRequest(
                id,
                planId,
                taskId,
                taskNumber,
                unitId,
                unitName,
                kind,
                to,
                statement,
                amendment,
                targetIndicator,
                filedById,
                filedBy,
                filedAt,
                by,
                at,
                note,
                version + 1,
                evidence);
    }
}

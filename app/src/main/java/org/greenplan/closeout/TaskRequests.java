package org.greenplan.closeout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenplan.plan.TaskAmendment;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The aggregate: one task's close-out, cancellation and adjustment requests, newest first, and the guarded
 * transitions on them. The rules:
 * <ul>
 *   <li>nothing is filed or approved once the task has ended (an approved close-out or cancellation);</li>
 *   <li>one pending request of each kind per task; a refused one may be filed again;</li>
 *   <li>a statement is required; a close-out needs at least one evidence file; an adjustment must change
 *       something;</li>
 *   <li>only a pending request is decided (a decided one says how it was decided), at the version it was
 *       read at; a refusal needs a reason.</li>
 * </ul>
 * Pure Java: the service loads it (locked), calls one transition and stores the result.
 *
 * @param taskId   the task
 * @param requests its requests, newest first
 */
public record TaskRequests(long taskId, List<ChangeRequest> requests) {

    public TaskRequests {
        requests = List.copyOf(requests);
    }

    /** @return the approved close-out or cancellation, when the task has ended */
    public Optional<ChangeRequest> ending() {
        return requests.stream().filter(ChangeRequest::endsTask).findFirst();
    }

    /** @return the pending request of that kind, if any */
    public Optional<ChangeRequest> pending(RequestKind kind) {
        return requests.stream().filter(r -> r.pending() && r.kind() == kind).findFirst();
    }

    /**
     * Checks that a request may be filed.
     *
     * @param evidenceFiles the number of evidence files that come with it
     * @throws CloseoutRefusal {@code closeout.refused.ended}, {@code .pending}, {@code .statementRequired},
     *                         {@code .evidenceRequired} or {@code .nothingToAdjust}
     */
    public void checkFiling(RequestKind kind, String statement, TaskAmendment amendment, int evidenceFiles) {
        requireNotEnded();
        if (pending(kind).isPresent()) {
            throw new CloseoutRefusal("closeout.refused.pending", text("closeout.kind." + kind));
        }
        if (statement == null || statement.isBlank()) {
            throw new CloseoutRefusal("closeout.refused.statementRequired");
        }
        if (kind == RequestKind.CLOSEOUT && evidenceFiles < 1) {
            throw new CloseoutRefusal("closeout.refused.evidenceRequired");
        }
        if (kind == RequestKind.ADJUSTMENT && (amendment == null || amendment.isEmpty())) {
            throw new CloseoutRefusal("closeout.refused.nothingToAdjust");
        }
    }

    /**
     * The office approves (close-out: verifies and closes the task, 销号).
     *
     * @param note the verification note, optional
     * @return the request, approved
     * @throws CloseoutRefusal                   when it is not pending or the task has ended
     * @throws OptimisticLockingFailureException when it changed since {@code version} was read
     */
    public ChangeRequest approve(long requestId, int version, String by, Instant at, String note) {
        ChangeRequest request = decidable(requestId, version);
        requireNotEnded();
        return request.decided(RequestState.APPROVED, by, at, blankToNull(note));
    }

    /**
     * The office refuses (close-out: sends it back, 退回) with a reason.
     *
     * @return the request, refused
     * @throws CloseoutRefusal                   when the reason is blank or it is not pending
     * @throws OptimisticLockingFailureException when it changed since {@code version} was read
     */
    public ChangeRequest refuse(long requestId, int version, String by, Instant at, String reason) {
        ChangeRequest request = decidable(requestId, version);
        String why = blankToNull(reason);
        if (why == null) {
            throw new CloseoutRefusal("closeout.refused.reasonRequired");
        }
        return request.decided(RequestState.REFUSED, by, at, why);
    }

    /**
     * The task's other pending requests, refused because an approved close-out or cancellation ended it.
     *
     * @param ending the approved close-out or cancellation
     * @param note   why, as shown to the units
     * @return the refused requests (empty when none was pending)
     */
    public List<ChangeRequest> superseded(ChangeRequest ending, String by, Instant at, String note) {
        return requests.stream()
                .filter(r -> r.pending() && r.id() != ending.id())
                .map(r -> r.decided(RequestState.REFUSED, by, at, note))
                .toList();
    }

    private ChangeRequest decidable(long requestId, int version) {
        ChangeRequest request = requests.stream()
                .filter(r -> r.id() == requestId)
                .findFirst()
                .orElseThrow(() -> new CloseoutRefusal("closeout.refused.noRequest", String.valueOf(requestId)));
        if (!request.pending()) {
            throw new CloseoutRefusal("closeout.refused.decided", text(request.stateKey()));
        }
        if (request.version() != version) {
            throw new OptimisticLockingFailureException("close-out request " + requestId + " changed");
        }
        return request;
    }

    private void requireNotEnded() {
        ending().ifPresent(end -> {
            throw new CloseoutRefusal("closeout.refused.ended", text(end.stateKey()));
        });
    }

    /** A message argument the message source renders in the reader's language. */
    private static DefaultMessageSourceResolvable text(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

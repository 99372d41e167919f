package org.greenplan.closeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.closeout.internal.EvidenceStore;
import org.greenplan.closeout.internal.RequestStore;
import org.greenplan.plan.PlanStore;
import org.greenplan.plan.TaskAmendment;
import org.greenplan.plan.view.TargetView;
import org.greenplan.progress.EvidenceFiles;
import org.greenplan.shared.SupervisionInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files close-out (销号), cancellation and adjustment (调整) requests, and the office's decisions on them.
 * Each write is one transaction with its audit entries (entity {@code CLOSEOUT_REQUEST}; an approved
 * adjustment also leaves the task's and target's old → new through {@link PlanStore#amendTask}); the
 * transitions are those of {@link TaskRequests}. Reading is {@link CloseoutQueries}.
 */
@Service
@Transactional(readOnly = true)
public class Closeouts {
    private static final String ENTITY = "CLOSEOUT_REQUEST";

    private final RequestStore store;
    private final EvidenceStore evidenceStore;
    private final EvidenceFiles evidenceFiles;
    private final TaskAccess access;
    private final PlanStore planStore;
    private final AuditTrail audit;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    Closeouts(
            RequestStore store,
            EvidenceStore evidenceStore,
            EvidenceFiles evidenceFiles,
            TaskAccess access,
            PlanStore planStore,
            AuditTrail audit,
            CurrentActor currentActor,
            Clock clock,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.evidenceStore = evidenceStore;
        this.evidenceFiles = evidenceFiles;
        this.access = access;
        this.planStore = planStore;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The task's responsible unit asks the office to close it out, with a statement and evidence files.
     *
     * @param files the evidence (at least one): pdf, docx, xlsx, jpg or png, each within the size limit
     * @return the request's id
     * @throws org.springframework.security.access.AccessDeniedException when the actor is not one of the
     *     task's units
     * @throws CloseoutRefusal when not the lead unit, the task ended, a close-out is pending, or the
     *     statement or evidence is missing
     * @throws org.greenplan.progress.AttachmentRefusedException when a file is refused (nothing is stored)
     * @throws org.greenplan.plan.NotFoundException when there is no such task
     */
    @Transactional
    public long requestCloseout(long taskId, String statement, List<EvidenceUpload> files) {
        Actor actor = currentActor.require();
        TaskAccess.Located task = access.locate(taskId);
        Long unitId = access.requireFiler(actor, task, RequestKind.CLOSEOUT);
        List<EvidenceUpload> uploads = files.stream()
                .filter(f -> f.fileName() != null && !f.fileName().isBlank())
                .toList();
        store.lock(taskId).checkFiling(RequestKind.CLOSEOUT, statement, null, uploads.size());
        long id = store.insert(draft(actor, task, unitId, RequestKind.CLOSEOUT, statement, null));
        for (EvidenceUpload upload : uploads) {
            attach(id, upload, actor);
        }
        audit.record(
                subject(id, taskId, unitId),
                "CLOSEOUT_REQUESTED",
                org.greenplan.audit.AuditText.of("audit.detail.evidenceFiles", uploads.size()),
                statement.strip());
        return id;
    }

    /**
     * A unit, or the office itself, asks for a cancellation or an adjustment, with a reason.
     *
     * @param amendment the change asked for (adjustments), else null
     * @return the request's id
     * @throws CloseoutRefusal when the kind is a close-out, the task ended, one of the kind is pending, the
     *     reason is blank, the adjustment changes nothing or names another task's target
     */
    @Transactional
    public long requestChange(long taskId, RequestKind kind, String reason, TaskAmendment amendment) {
        if (kind == null || kind == RequestKind.CLOSEOUT) {
            throw new CloseoutRefusal("closeout.refused.kind");
        }
        Actor actor = currentActor.require();
        TaskAccess.Located task = access.locate(taskId);
        Long unitId = access.requireFiler(actor, task, kind);
        TaskAmendment change = kind == RequestKind.ADJUSTMENT ? amendment : null;
        if (change != null
                && change.targetId() != null
                && task.task().targets().stream().map(TargetView::id).noneMatch(change.targetId()::equals)) {
            throw new CloseoutRefusal("closeout.refused.noSuchTarget");
        }
        store.lock(taskId).checkFiling(kind, reason, change, 0);
        long id = store.insert(draft(actor, task, unitId, kind, reason, change));
        audit.record(subject(id, taskId, unitId), kind + "_REQUESTED", describe(change), reason.strip());
        return id;
    }

    /**
     * The office approves a pending request: a close-out closes the task (销号), a cancellation cancels it, an
     * adjustment amends it. Approving a close-out or cancellation refuses the task's other pending requests,
     * noting why.
     *
     * @param note the verification note or reason, optional
     * @throws CloseoutRefusal when it is not pending or the task has ended
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since read
     */
    @Transactional
    public void approve(long requestId, int version, String note) {
        Actor actor = TaskAccess.requireOffice(currentActor.require());
        TaskRequests requests = store.lock(taskOf(requestId));
        ChangeRequest approved = requests.approve(requestId, version, actor.displayName(), clock.instant(), note);
        store.saveDecision(approved, actor.userId());
        audit.record(subject(approved), approved.kind() + "_APPROVED", approved.decisionNote());
        if (approved.kind() == RequestKind.ADJUSTMENT) {
            planStore.amendTask(approved.taskId(), approved.amendment(), reasonOf(approved));
        } else {
            String why = messages.getMessage(
                    "closeout.superseded",
                    new Object[] {messages.getMessage(approved.stateKey(), null, LocaleContextHolder.getLocale())},
                    LocaleContextHolder.getLocale());
            for (ChangeRequest other : requests.superseded(approved, actor.displayName(), clock.instant(), why)) {
                store.saveDecision(other, actor.userId());
                audit.record(subject(other), other.kind() + "_REFUSED", why);
            }
        }
        // a closure or an amended deadline or target reaches back into periods already closed
        events.publishEvent(SupervisionInputsChanged.ofPlan(
                access.locate(approved.taskId()).plan().id()));
    }

    /**
     * The office refuses a pending request (a close-out is sent back, 退回) with a reason; the unit may ask again.
     *
     * @throws CloseoutRefusal when the reason is blank or it is not pending
     * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since read
     */
    @Transactional
    public void refuse(long requestId, int version, String reason) {
        Actor actor = TaskAccess.requireOffice(currentActor.require());
        TaskRequests requests = store.lock(taskOf(requestId));
        ChangeRequest refused = requests.refuse(requestId, version, actor.displayName(), clock.instant(), reason);
        store.saveDecision(refused, actor.userId());
        audit.record(subject(refused), refused.kind() + "_REFUSED", refused.decisionNote());
    }

    private void attach(long requestId, EvidenceUpload upload, Actor actor) {
        try (InputStream in = upload.content().getInputStream();
                EvidenceFiles.CheckedFile file = evidenceFiles.check(upload.fileName(), in)) {
            evidenceStore.insert(requestId, file, actor.displayName(), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long taskOf(long requestId) {
        return store.taskOf(requestId)
                .orElseThrow(() -> new CloseoutRefusal("closeout.refused.noRequest", String.valueOf(requestId)));
    }

    private ChangeRequest draft(
            Actor actor,
            TaskAccess.Located task,
            Long unitId,
            RequestKind kind,
            String statement,
            TaskAmendment change) {
        return new ChangeRequest(
                0,
                task.plan().id(),
                task.task().id(),
                task.task().number(),
                unitId,
                null,
                kind,
                RequestState.PENDING,
                statement,
                change,
                null,
                actor.userId(),
                actor.displayName(),
                clock.instant(),
                null,
                null,
                null,
                0,
                List.of());
    }

    private static String reasonOf(ChangeRequest approved) {
        return approved.decisionNote() != null ? approved.decisionNote() : approved.statement();
    }

    private static String describe(TaskAmendment change) {
        if (change == null) {
            return null;
        }
        return "text=" + (change.text() != null) + ", deadline=" + change.deadline() + ", target " + change.targetId()
                + " → "
                + (change.targetValue() == null ? null : change.targetValue().toPlainString());
    }

    private static AuditSubject subject(ChangeRequest r) {
        return subject(r.id(), r.taskId(), r.unitId());
    }

    private static AuditSubject subject(long id, long taskId, Long unitId) {
        return new AuditSubject(ENTITY, id, taskId, unitId);
    }
}

package org.greenplan.closeout;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.closeout.internal.EvidenceStore;
import org.greenplan.closeout.internal.RequestStore;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.TaskView;
import org.greenplan.supervision.Supervision;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads close-out, cancellation and adjustment requests with the reader's rights: the office and leaders
 * see all; a unit sees only its own requests and the tasks that name it.
 */
@Service
@Transactional(readOnly = true)
public class CloseoutQueries {
    private static final int RECENT = 50;

    private final RequestStore store;
    private final EvidenceStore evidence;
    private final TaskAccess access;
    private final PlanCatalog catalog;
    private final Supervision supervision;
    private final CurrentActor currentActor;

    CloseoutQueries(
            RequestStore store,
            EvidenceStore evidence,
            TaskAccess access,
            PlanCatalog catalog,
            Supervision supervision,
            CurrentActor currentActor) {
        this.store = store;
        this.evidence = evidence;
        this.access = access;
        this.catalog = catalog;
        this.supervision = supervision;
        this.currentActor = currentActor;
    }

    /**
     * @return the task with its requests and today's status
     * @throws NotFoundException     when there is no such task
     * @throws AccessDeniedException when a unit asks for a task that does not name it
     */
    public TaskCase taskCase(long taskId) {
        TaskAccess.Located task = access.locate(taskId);
        access.requireReader(currentActor.require(), task);
        var status = task.plan().published()
                ? supervision
                        .ofTask(
                                task.plan().id(),
                                taskId,
                                supervision.asOf(task.plan().id()))
                        .orElse(null)
                : null;
        return new TaskCase(task.plan(), task.task(), store.ofTask(taskId), status, task.filingUnit());
    }

    /** @return the pending requests of published plans, oldest first (office and leaders) */
    public List<ChangeRequest> pending() {
        requireOfficeOrLeader();
        return store.pending();
    }

    /** @return the latest 50 decisions, newest first (office and leaders) */
    public List<ChangeRequest> recentlyDecided() {
        requireOfficeOrLeader();
        return store.decided(RECENT);
    }

    /**
     * @return the actor's unit's requests, newest first
     * @throws AccessDeniedException when the actor speaks for no unit
     */
    public List<ChangeRequest> ofOwnUnit() {
        return store.ofUnit(ownUnit());
    }

    /** @return the published plans' tasks that name the actor's unit, by plan */
    public List<UnitTasks> ownTasks() {
        long unit = ownUnit();
        List<UnitTasks> result = new ArrayList<>();
        for (PlanSummary plan : catalog.plans()) {
            if (plan.published()) {
                List<TaskView> tasks = catalog.tasks(plan.id(), unit);
                if (!tasks.isEmpty()) {
                    result.add(new UnitTasks(plan, tasks));
                }
            }
        }
        return result;
    }

    /**
     * @return an evidence file as an HTTP download (always {@code attachment}, checked media type,
     *     {@code nosniff}), for the office, leaders and the unit that filed it
     * @throws NotFoundException     when there is no such file
     * @throws AccessDeniedException when another unit asks
     */
    public ResponseEntity<InputStreamResource> download(long evidenceId) {
        Evidence file = evidence.find(evidenceId).orElseThrow(() -> new NotFoundException("error.notFound.attachment"));
        Actor actor = currentActor.require();
        if (!actor.isOffice() && !actor.has(org.greenplan.accounts.Role.LEADER)) {
            ChangeRequest request = store.ofTask(store.taskOf(file.requestId()).orElseThrow()).requests().stream()
                    .filter(r -> r.id() == file.requestId())
                    .findFirst()
                    .orElseThrow();
            if (request.unitId() == null || !actor.speaksFor(request.unitId())) {
                throw new AccessDeniedException(actor.username() + " may not read evidence " + evidenceId);
            }
        }
        InputStream content = evidence.open(evidenceId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .body(new InputStreamResource(content));
    }

    private long ownUnit() {
        Actor actor = currentActor.require();
        if (actor.unitId() == null) {
            throw new AccessDeniedException(actor.username() + " speaks for no unit");
        }
        return actor.unitId();
    }

    private void requireOfficeOrLeader() {
        Actor actor = currentActor.require();
        if (!actor.isOffice() && !actor.has(org.greenplan.accounts.Role.LEADER)) {
            throw new AccessDeniedException(actor.username() + " may not read the close-out queue");
        }
    }

    /**
     * A plan's tasks that name a unit.
     *
     * @param plan  the plan
     * @param tasks its tasks naming the unit, in printed order
     */
    public record UnitTasks(PlanSummary plan, List<TaskView> tasks) {}
}

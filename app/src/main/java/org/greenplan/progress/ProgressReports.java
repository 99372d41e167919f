package org.greenplan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.internal.AttachmentRecords;
import org.greenplan.progress.internal.ReportStore;
import org.greenplan.progress.internal.VersionStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports (进展报送): read, save as draft, submit, approve for the unit, approve or return by the
 * office. The one entry point for pages and the API.
 *
 * <p>Every method takes the acting {@link Actor} and checks it ({@link ReportAccess}): violations throw
 * {@link org.springframework.security.access.AccessDeniedException}. Every write runs in one transaction
 * that also checks the period ({@link ReportingPeriods#requireWritable}: a closed period throws
 * {@link org.greenplan.periods.PeriodLockedException}), records the audit trail and publishes the
 * aggregate's events (listeners run in the same transaction). A write names the {@code rowVersion} it
 * read: a stale one throws {@link ReportConflictException} and changes nothing. Unknown ids throw
 * {@link NotFoundException} (404).
 */
@Service
@Transactional(readOnly = true)
public class ProgressReports {
    static final String ENTITY = "PROGRESS_REPORT";

    private final ReportStore store;
    private final VersionStore versions;
    private final AttachmentRecords attachments;
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final AuditTrail audit;
    private final UnitApprovalPolicy unitApproval;
    private final ExplanationPolicy explanations;
    private final ApplicationEventPublisher events;
    private final ReportReader reader;
    private final CoUnitParts coUnits;
    private final TargetValueReader values;
    private final Clock clock;

    ProgressReports(
            ReportStore store,
            VersionStore versions,
            AttachmentRecords attachments,
            PlanCatalog catalog,
            ReportingPeriods periods,
            AuditTrail audit,
            org.springframework.beans.factory.ObjectProvider<UnitApprovalPolicy> unitApproval,
            org.springframework.beans.factory.ObjectProvider<ExplanationPolicy> explanations,
            ApplicationEventPublisher events,
            TargetValueReader values,
            Clock clock) {
        this.store = store;
        this.versions = versions;
        this.attachments = attachments;
        this.catalog = catalog;
        this.periods = periods;
        this.audit = audit;
        this.unitApproval = unitApproval.getIfAvailable(() -> planId -> false);
        this.explanations = explanations.getIfAvailable(() -> (planId, taskId, unitId, periodId) -> List.of());
        this.events = events;
        this.reader = new ReportReader(values);
        this.values = values;
        this.coUnits = new CoUnitParts(store, versions);
        this.clock = clock;
    }

    /**
     * The report of a task, unit and period as its page shows it; a report the unit has not saved yet
     * comes back as an unsaved DRAFT.
     *
     * @throws NotFoundException when the period or the task (in the period's plan) does not exist
     */
    public ReportSheet open(Actor actor, ReportKey key) {
        Context context = context(key);
        ReportAccess.requireRead(actor, context.task(), key.unitId());
        ProgressReport report = store.find(key).orElseGet(() -> context.start(key));
        return sheet(context, report);
    }

    /** @return the stored report as its page shows it; checked as {@link #open} */
    public ReportSheet show(Actor actor, long reportId) {
        ProgressReport report = load(reportId);
        Context context = context(report.key());
        ReportAccess.requireRead(actor, context.task(), report.key().unitId());
        return sheet(context, report);
    }

    /**
     * Saves the unit's text and values as a draft (or as the revision of a returned report).
     *
     * @param expectedVersion the {@code rowVersion} the form was read with (0 for a report not yet saved)
     * @return the report as stored
     * @throws ReportInvalidException when a field does not read (nothing is stored)
     * @throws ReportRefusedException when the report was already submitted or approved
     */
    @Transactional
    public ProgressReport saveDraft(Actor actor, ReportKey key, ReportInput input, int expectedVersion) {
        Context context = writable(actor, key);
        ProgressReport report = current(context, key, expectedVersion);
        revise(context, report, input, "DRAFT_SAVED");
        return save(context, report);
    }

    /**
     * Saves the input and submits the report (报送): a DRAFT, or a RETURNED one again.
     *
     * @return the report as stored, SUBMITTED
     * @throws ReportInvalidException when a field does not read, or the task is red and 存在问题 or
     *                                下一步计划 is blank ({@link ExplanationPolicy}); nothing is stored
     * @throws ReportRefusedException when already submitted or approved, or without 进展情况
     */
    @Transactional
    public ProgressReport submit(Actor actor, ReportKey key, ReportInput input, int expectedVersion) {
        Context context = writable(actor, key);
        ProgressReport report = current(context, key, expectedVersion);
        revise(context, report, input, "DRAFT_SAVED");
        requireExplanation(context, key, report.content());
        if (report.id() == null) {
            report = save(context, report);
        }
        report.submit(actor, clock.instant());
        report = save(context, report);
        versions.recordSubmission(report);
        audit.record(subject(report), "SUBMITTED", "#" + report.submission(), null);
        return report;
    }

    /** The unit leader approves the submission for the unit (only where the plan asks for it). */
    @Transactional
    public ProgressReport approveForUnit(Actor actor, long reportId, int expectedVersion) {
        ProgressReport report = load(reportId);
        ReportAccess.requireUnitLeader(
                actor, context(report.key()).task(), report.key().unitId());
        report = decidable(reportId, expectedVersion);
        writableTask(report);
        if (!unitApproval.unitApprovalRequired(report.planId())) {
            throw new ReportRefusedException("progress.refused.unitStageOff");
        }
        report.approveForUnit(actor, clock.instant());
        return decided(report, report.unitApproved(), "UNIT_APPROVED", null);
    }

    /** The unit leader withdraws its approval while the office has not decided. */
    @Transactional
    public ProgressReport withdrawUnitApproval(Actor actor, long reportId, int expectedVersion) {
        ProgressReport report = load(reportId);
        ReportAccess.requireUnitLeader(
                actor, context(report.key()).task(), report.key().unitId());
        report = decidable(reportId, expectedVersion);
        writableTask(report);
        report.withdrawUnitApproval();
        return decided(report, null, "UNIT_APPROVAL_WITHDRAWN", null);
    }

    /** The office approves (审核通过); {@link ProgressReportApproved} feeds the targets. */
    @Transactional
    public ProgressReport approve(Actor actor, long reportId, int expectedVersion) {
        ReportAccess.requireOffice(actor);
        ProgressReport report = decidable(reportId, expectedVersion);
        writableTask(report);
        report.approve(actor, clock.instant(), unitApproval.unitApprovalRequired(report.planId()));
        return decided(report, report.approved(), "APPROVED", null);
    }

    /** The office returns the report for revision (退回) with a reason. */
    @Transactional
    public ProgressReport returnForRevision(Actor actor, long reportId, int expectedVersion, String reason) {
        ReportAccess.requireOffice(actor);
        ProgressReport report = decidable(reportId, expectedVersion);
        writableTask(report);
        report.returnForRevision(actor, clock.instant(), reason);
        return decided(report, report.returned(), "RETURNED", report.returnReason());
    }

    /** @return the report's submissions, latest first; checked as {@link #show} */
    public List<ReportVersion> history(Actor actor, long reportId) {
        return show(actor, reportId).history();
    }

    /**
     * @return the report for the access checks of attachments (read or write)
     * @throws NotFoundException when there is none
     */
    ProgressReport requireReadable(Actor actor, long reportId) {
        ProgressReport report = load(reportId);
        ReportAccess.requireRead(
                actor, context(report.key()).task(), report.key().unitId());
        return report;
    }

    /** Checks that the actor may change the report's attachments now; returns the report. */
    ProgressReport requireAttachable(Actor actor, long reportId) {
        ProgressReport report = load(reportId);
        ReportAccess.requireWrite(
                actor, context(report.key()).task(), report.key().unitId());
        writableTask(report);
        if (!report.state().editable()) {
            throw new ReportRefusedException(
                    "progress.refused.notEditable", report.state().name());
        }
        return report;
    }

    private void requireExplanation(Context context, ReportKey key, ReportContent content) {
        if (explanationAsked(context, key).isEmpty()) {
            return;
        }
        java.util.Map<String, FieldProblem> missing = new java.util.LinkedHashMap<>();
        if (content.problems() == null || content.problems().isBlank()) {
            missing.put("problems", FieldProblem.of("progress.explanation.problemsRequired"));
        }
        if (content.nextSteps() == null || content.nextSteps().isBlank()) {
            missing.put("nextSteps", FieldProblem.of("progress.explanation.nextStepsRequired"));
        }
        if (!missing.isEmpty()) {
            throw new ReportInvalidException(missing);
        }
    }

    private List<ExplanationPolicy.ExplanationReason> explanationAsked(Context context, ReportKey key) {
        return explanations.explanationAsked(context.task(), context.period(), key.unitId());
    }

    private ProgressReport decided(ProgressReport report, Stamp by, String action, String reason) {
        ProgressReport saved = save(report);
        versions.recordOutcome(saved, by, reason);
        audit.record(subject(saved), action, "#" + saved.submission(), reason);
        return saved;
    }

    private void revise(Context context, ProgressReport report, ReportInput input, String action) {
        ReportContent before = report.content();
        ReportContent after = reader.read(input, context.task());
        report.revise(after);
        if (report.id() != null) {
            audit.recordChanges(subject(report), action, ReportChanges.between(before, after, context.task()), null);
        }
    }

    /** Stores a report already stored once (a decision), publishes its events, and returns it as stored. */
    private ProgressReport save(ProgressReport report) {
        return save(null, report);
    }

    /**
     * Stores the report (inserting a new one), publishes its events, and returns it as stored.
     *
     * @param context the report's period and task as the caller read them, or null to read them again
     */
    private ProgressReport save(Context context, ProgressReport report) {
        if (report.id() == null) {
            long id;
            try {
                id = store.insert(report);
            } catch (DuplicateKeyException e) {
                throw new ReportConflictException(ReportState.DRAFT, null);
            }
            ProgressReport stored = load(id);
            audit.recordChanges(
                    subject(stored),
                    "DRAFT_SAVED",
                    ReportChanges.between(
                            ReportContent.empty(),
                            stored.content(),
                            (context != null ? context : context(stored.key())).task()),
                    null);
            return stored;
        }
        if (!store.update(report)) {
            throw conflict(report.id());
        }
        report.events().forEach(events::publishEvent);
        return load(report.id());
    }

    private ProgressReport current(Context context, ReportKey key, int expectedVersion) {
        ProgressReport report = store.find(key).orElseGet(() -> context.start(key));
        if (report.rowVersion() != expectedVersion) {
            throw conflict(report);
        }
        return report;
    }

    private ProgressReport decidable(long reportId, int expectedVersion) {
        ProgressReport report = load(reportId);
        if (report.rowVersion() != expectedVersion) {
            throw conflict(report);
        }
        return report;
    }

    private Context writable(Actor actor, ReportKey key) {
        Context context = context(key);
        ReportAccess.requireWrite(actor, context.task(), key.unitId());
        periods.requireWritable(key.periodId(), key.unitId(), key.taskId());
        return context;
    }

    private TaskView writableTask(ProgressReport report) {
        ReportKey key = report.key();
        periods.requireWritable(key.periodId(), key.unitId(), key.taskId());
        return context(key).task();
    }

    private ReportConflictException conflict(long reportId) {
        return conflict(load(reportId));
    }

    private static ReportConflictException conflict(ProgressReport report) {
        Stamp last = report.lastActed();
        return new ReportConflictException(report.state(), last == null ? null : last.name());
    }

    private ProgressReport load(long reportId) {
        return store.find(reportId).orElseThrow(() -> new NotFoundException("error.notFound.report"));
    }

    private Context context(ReportKey key) {
        ReportingPeriod period =
                periods.find(key.periodId()).orElseThrow(() -> new NotFoundException("error.notFound.period"));
        TaskView task = catalog.task(period.planId(), key.taskId())
                .orElseThrow(() -> new NotFoundException("error.notFound.task"));
        return new Context(period, task);
    }

    private ReportSheet sheet(Context context, ProgressReport report) {
        long unitId = report.key().unitId();
        boolean lead = ReportAccess.leadUnit(context.task()) == unitId;
        Long id = report.id();
        return new ReportSheet(
                report,
                context.task(),
                context.task().units().stream()
                        .filter(u -> u.unitId() == unitId)
                        .map(u -> u.name())
                        .findFirst()
                        .orElse(""),
                context.period(),
                lead,
                lead ? coUnits.of(context.task(), report.key()) : List.of(),
                id == null ? List.of() : versions.history(id),
                id == null ? List.of() : attachments.ofReport(id),
                unitApproval.unitApprovalRequired(context.period().planId()),
                report.state().editable() ? explanationAsked(context, report.key()) : List.of(),
                values.entries(context.task().targets()));
    }

    static AuditSubject subject(ProgressReport report) {
        return new AuditSubject(
                ENTITY, report.id(), report.key().taskId(), report.key().unitId());
    }

    /** The period and the task a report belongs to. */
    private record Context(ReportingPeriod period, TaskView task) {
        ProgressReport start(ReportKey key) {
            LocalDate month = YearMonth.from(period.endsOn()).atDay(1);
            return ProgressReport.start(period.planId(), key, month);
        }
    }
}

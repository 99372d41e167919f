package org.greenplan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.greenplan.accounts.Actor;

/**
 * 进展报告 — one unit's progress report on one task for one reporting period, the aggregate of the report
 * workflow (DESIGN.md): DRAFT → SUBMITTED → (UNIT_APPROVED) → APPROVED, or RETURNED with a reason and
 * then resubmitted. Each transition is a guarded method that records who and when and registers its
 * event ({@link #events()}), published by {@link ProgressReports} once stored.
 *
 * <p>Who may call a transition (the unit, its leader, the office) is checked by the service; the
 * aggregate checks what the state allows and throws {@link ReportRefusedException} otherwise. An
 * approval is never revoked once a later stage has acted: the unit leader may withdraw its approval
 * only while the office has not decided, and an office approval is final.
 *
 * <p>{@link #rowVersion()} is the optimistic lock: the store refuses a write whose version is stale.
 */
public final class ProgressReport {
    private final Long id;
    private final long planId;
    private final ReportKey key;
    private final LocalDate reportedMonth;
    private final int rowVersion;
    private ReportState state;
    private ReportContent content;
    private int submission;
    private Stamp submitted;
    private Stamp unitApproved;
    private Stamp approved;
    private Stamp returned;
    private String returnReason;
    private final List<Object> events = new ArrayList<>();

    private ProgressReport(Long id, long planId, ReportKey key, LocalDate reportedMonth, int rowVersion) {
        this.id = id;
        this.planId = planId;
        this.key = Objects.requireNonNull(key, "key");
        this.reportedMonth = Objects.requireNonNull(reportedMonth, "reportedMonth");
        this.rowVersion = rowVersion;
    }

    /**
     * @param reportedMonth the first day of the month the period ends in
     * @return a new, empty DRAFT, not yet stored
     */
    public static ProgressReport start(long planId, ReportKey key, LocalDate reportedMonth) {
        ProgressReport report = new ProgressReport(null, planId, key, reportedMonth, 0);
        report.state = ReportState.DRAFT;
        report.content = ReportContent.empty();
        return report;
    }

    /** Rebuilds a stored report (used by the store). */
    public static ProgressReport restore(Snapshot s) {
        ProgressReport report = new ProgressReport(s.id(), s.planId(), s.key(), s.reportedMonth(), s.rowVersion());
        report.state = s.state();
        report.content = s.content();
        report.submission = s.submission();
        report.submitted = s.submitted();
        report.unitApproved = s.unitApproved();
        report.approved = s.approved();
        report.returned = s.returned();
        report.returnReason = s.returnReason();
        return report;
    }

    /**
     * Replaces the text, values and completion (保存草稿).
     *
     * @return whether anything changed
     * @throws ReportRefusedException {@code progress.refused.notEditable} unless DRAFT or RETURNED
     */
    public boolean revise(ReportContent newContent) {
        requireEditable();
        boolean changed = !content.equals(newContent);
        content = Objects.requireNonNull(newContent, "newContent");
        return changed;
    }

    /**
     * Submits (报送) a DRAFT or resubmits a RETURNED report: a new submission number, the previous
     * return reason cleared, {@link ProgressReportSubmitted} registered.
     *
     * @throws ReportRefusedException {@code progress.refused.notEditable} in any other state, and
     *                                {@code progress.refused.progressRequired} without 进展情况
     */
    public void submit(Actor actor, Instant now) {
        requireId();
        requireEditable();
        if (content.progress().isBlank()) {
            throw new ReportRefusedException("progress.refused.progressRequired");
        }
        state = ReportState.SUBMITTED;
        submission++;
        submitted = Stamp.of(actor, now);
        unitApproved = null;
        returned = null;
        returnReason = null;
        events.add(new ProgressReportSubmitted(requireId(), planId, key, submission, submitted));
    }

    /**
     * The unit leader approves the submission for the unit (单位审核), where the plan asks for it.
     *
     * @throws ReportRefusedException {@code progress.refused.notSubmitted} unless SUBMITTED
     */
    public void approveForUnit(Actor actor, Instant now) {
        if (state != ReportState.SUBMITTED) {
            throw new ReportRefusedException("progress.refused.notSubmitted", state.name());
        }
        state = ReportState.UNIT_APPROVED;
        unitApproved = Stamp.of(actor, now);
    }

    /**
     * The unit leader withdraws its approval while the office has not yet decided.
     *
     * @throws ReportRefusedException {@code progress.refused.laterStageActed} once the office has acted
     */
    public void withdrawUnitApproval() {
        if (state != ReportState.UNIT_APPROVED) {
            throw new ReportRefusedException("progress.refused.laterStageActed", state.name());
        }
        state = ReportState.SUBMITTED;
        unitApproved = null;
    }

    /**
     * The office approves (审核通过): final; {@link ProgressReportApproved} carries the values.
     *
     * @param unitApprovalRequired whether the plan asks for the unit leader's approval first
     * @throws ReportRefusedException {@code progress.refused.awaitingUnit} when the unit leader has not
     *                                approved yet, {@code progress.refused.notSubmitted} unless SUBMITTED
     *                                or UNIT_APPROVED
     */
    public void approve(Actor actor, Instant now, boolean unitApprovalRequired) {
        requireId();
        requireAwaitingOffice(unitApprovalRequired);
        state = ReportState.APPROVED;
        approved = Stamp.of(actor, now);
        events.add(new ProgressReportApproved(
                requireId(), planId, key, submission, reportedMonth, content.values(), approved));
    }

    /**
     * The office returns the report for revision (退回) with a reason.
     *
     * @throws ReportRefusedException {@code progress.refused.reasonRequired} for a blank reason,
     *                                {@code progress.refused.notSubmitted} unless SUBMITTED or UNIT_APPROVED
     */
    public void returnForRevision(Actor actor, Instant now, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReportRefusedException("progress.refused.reasonRequired");
        }
        requireId();
        requireAwaitingOffice(false);
        state = ReportState.RETURNED;
        returned = Stamp.of(actor, now);
        returnReason = reason.strip();
        events.add(new ProgressReportReturned(requireId(), planId, key, submission, returned, returnReason));
    }

    private void requireAwaitingOffice(boolean unitApprovalRequired) {
        if (!state.awaitingDecision()) {
            throw new ReportRefusedException("progress.refused.notSubmitted", state.name());
        }
        if (unitApprovalRequired && state == ReportState.SUBMITTED) {
            throw new ReportRefusedException("progress.refused.awaitingUnit");
        }
    }

    private void requireEditable() {
        if (!state.editable()) {
            throw new ReportRefusedException("progress.refused.notEditable", state.name());
        }
    }

    private long requireId() {
        if (id == null) {
            throw new IllegalStateException("store the report before it changes state");
        }
        return id;
    }

    /** @return events registered since the report was loaded, oldest first */
    public List<Object> events() {
        return List.copyOf(events);
    }

    /** @return the state as the store keeps it */
    public Snapshot snapshot() {
        return new Snapshot(
                id,
                planId,
                key,
                reportedMonth,
                rowVersion,
                state,
                content,
                submission,
                submitted,
                unitApproved,
                approved,
                returned,
                returnReason);
    }

    public Long id() {
        return id;
    }

    public long planId() {
        return planId;
    }

    public ReportKey key() {
        return key;
    }

    public LocalDate reportedMonth() {
        return reportedMonth;
    }

    public int rowVersion() {
        return rowVersion;
    }

    public ReportState state() {
        return state;
    }

    public ReportContent content() {
        return content;
    }

    public int submission() {
        return submission;
    }

    public Stamp submitted() {
        return submitted;
    }

    public Stamp unitApproved() {
        return unitApproved;
    }

    public Stamp approved() {
        return approved;
    }

    public Stamp returned() {
        return returned;
    }

    public String returnReason() {
        return returnReason;
    }

    /** @return the most recent stamp (who acted last), or null for a draft never submitted */
    public Stamp lastActed() {
        return java.util.stream.Stream.of(submitted, unitApproved, approved, returned)
                .filter(Objects::nonNull)
                .max(java.util.Comparator.comparing(Stamp::at))
                .orElse(null);
    }

    /**
     * A report's stored state.
     *
     * @param id            null before it is first stored
     * @param reportedMonth the first day of the month the period ends in
     * @param rowVersion    the optimistic lock's version
     * @param submission    how many times it was submitted (0 for a draft)
     * @param returnReason  the office's reason while RETURNED, else null
     */
    public record Snapshot(
            Long id,
            long planId,
            ReportKey key,
            LocalDate reportedMonth,
            int rowVersion,
            ReportState state,
            ReportContent content,
            int submission,
            Stamp submitted,
            Stamp unitApproved,
            Stamp approved,
            Stamp returned,
            String returnReason) {}
}

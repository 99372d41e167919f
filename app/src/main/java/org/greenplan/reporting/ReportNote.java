package org.greenplan.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.supervision.TaskStatus;

/**
 * The second line of the ledger's 状态 cell: where a task stands in the reporting cycle, beside its
 * supervision status. It always describes the latest period that is due on the date (the <em>due period</em>:
 * the latest opened or closed period whose lead units' due date, {@link ReportingPeriod#dueOn()}, lies before
 * the date), as the task page's status panel does ({@code REPORT_MISSING} names that period too), so an older
 * report awaiting review never hides a later one missing. The rule (issue 12 §2, issue 10 §8):
 * <ol>
 *   <li>a closed task (已完成, 已取消) needs no note;</li>
 *   <li>a submission awaiting the office for the due period (or a later one), or, before any period is due,
 *       for any period → 已报送待审核; 新一期已报送待审核 when an earlier period of it was approved;</li>
 *   <li>a task reported complete or with every target met, not yet closed out by the office → 待申请销号
 *       (supervision keeps it 绿 until the office verifies it);</li>
 *   <li>a task without an approved or pending report for the due period is 未报送 (with the period's label
 *       and its due date: 未报送（2022-12，截止 2023-01-05）), never before that due date has passed, whatever
 *       older reports await review;</li>
 *   <li>a task with no approved report whose first period is not due yet → 本期未到截止日 (with the due date);</li>
 *   <li>a plan without reporting periods and a task with nothing reported → 未设报送周期.</li>
 * </ol>
 * Co-units' earlier dates and granted extensions do not change the task-level note: the ledger reads the
 * task as a whole, as the lead unit's report carries it.
 */
final class ReportNote {
    private final List<ReportingPeriod> periods;
    private final LocalDate on;

    /**
     * @param periods the plan's periods, earliest first
     * @param on      the date the ledger holds on
     */
    ReportNote(List<ReportingPeriod> periods, LocalDate on) {
        this.periods = List.copyOf(periods);
        this.on = on;
    }

    /** A note's message key and arguments; {@code key} null for none. */
    record Note(String key, Object... args) {
        static final Note NONE = new Note(null);
    }

    /**
     * @param status           the task's supervision status on the date
     * @param awaitingCloseOut whether supervision reads it as complete, awaiting the office's close-out
     * @param reports          the task's approved and pending reports
     * @param reported whether the task has reported target values (kept from before progress reports)
     * @return the note
     */
    Note of(TaskStatus status, boolean awaitingCloseOut, ApprovedProgress.TaskReports reports, boolean reported) {
        if (status == TaskStatus.COMPLETED || status == TaskStatus.CANCELLED) {
            return Note.NONE;
        }
        // Reports of periods ending after the date did not exist yet on it.
        List<ApprovedProgress.Approved> approved = reports.approved().stream()
                .filter(a -> !a.periodEnd().isAfter(on))
                .toList();
        List<ApprovedProgress.Pending> pending = reports.pending().stream()
                .filter(p -> !p.periodEnd().isAfter(on))
                .toList();
        Optional<ReportingPeriod> due = duePeriod();
        Optional<Note> awaitingReview = awaitingReview(approved, pending, due);
        if (awaitingReview.isPresent()) {
            return awaitingReview.get();
        }
        if (awaitingCloseOut) {
            return new Note("ledger.note.awaitingCloseOut");
        }
        if (due.isPresent()) {
            return missingUnlessApproved(due.get(), approved);
        }
        if (!approved.isEmpty() || reported) {
            return Note.NONE;
        }
        return periods.isEmpty()
                ? new Note("ledger.note.noPeriods")
                : new Note(
                        "ledger.note.notDueYet",
                        periods.get(0).label(),
                        periods.get(0).dueOn().toString());
    }

    /**
     * @return 已报送待审核 (新一期… after an approved earlier period) when a submission awaits review for the due
     *     period or a later one, or for any period before one is due; an older one does not stand for the due
     *     period's report
     */
    private static Optional<Note> awaitingReview(
            List<ApprovedProgress.Approved> approved,
            List<ApprovedProgress.Pending> pending,
            Optional<ReportingPeriod> due) {
        List<ApprovedProgress.Pending> current = due.map(period -> pending.stream()
                        .filter(p -> !p.periodEnd().isBefore(period.endsOn()))
                        .toList())
                .orElse(pending);
        if (current.isEmpty() || !(approved.isEmpty() || UnitOrder.newerPending(approved, current))) {
            return Optional.empty();
        }
        return Optional.of(new Note(approved.isEmpty() ? "ledger.status.pending" : "ledger.note.newerPending"));
    }

    /** @return no note when an approved report covers the due period, else 未报送（2022-12，截止 2023-01-05） */
    private static Note missingUnlessApproved(ReportingPeriod due, List<ApprovedProgress.Approved> approved) {
        boolean covered = approved.stream()
                .map(ApprovedProgress.Approved::periodEnd)
                .anyMatch(end -> !end.isBefore(due.endsOn()));
        return covered
                ? Note.NONE
                : new Note("ledger.note.missing", due.label(), due.dueOn().toString());
    }

    /** @return the latest period whose due date has passed on the date */
    private Optional<ReportingPeriod> duePeriod() {
        return periods.stream()
                // a period never opened could not be reported in, so it is never 未报送
                .filter(p -> p.state() != PeriodState.PLANNED)
                .filter(p -> p.dueOn() != null && p.dueOn().isBefore(on))
                .max(Comparator.comparing(ReportingPeriod::dueOn));
    }
}

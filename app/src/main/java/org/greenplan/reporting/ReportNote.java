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
 * supervision status. The rule (issue 12 §2, issue 10 §8):
 * <ol>
 *   <li>a closed task (已完成, 已取消) needs no note;</li>
 *   <li>a submission newer than the latest approved one awaits the office → 已报送待审核;</li>
 *   <li>a task reported complete or with every target met, not yet closed out by the office → 待申请销号
 *       (supervision keeps it 绿 until the office verifies it);</li>
 *   <li>the latest opened (or closed) period whose lead units' due date ({@link ReportingPeriod#dueOn()}) lies before the
 *       date is the <em>due period</em>: a task without an approved report for it is 未报送 (with the
 *       period and its due date), never before that due date has passed;</li>
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
        if (!pending.isEmpty() && (approved.isEmpty() || UnitOrder.newerPending(approved, pending))) {
            return new Note(approved.isEmpty() ? "ledger.status.pending" : "ledger.note.newerPending");
        }
        if (awaitingCloseOut) {
            return new Note("ledger.note.awaitingCloseOut");
        }
        Optional<ReportingPeriod> due = duePeriod();
        Optional<LocalDate> latest =
                approved.stream().map(ApprovedProgress.Approved::periodEnd).max(Comparator.naturalOrder());
        if (due.isPresent()) {
            ReportingPeriod period = due.get();
            boolean covered = latest.map(end -> !end.isBefore(period.endsOn())).orElse(false);
            return covered
                    ? Note.NONE
                    : new Note(
                            "ledger.note.missing",
                            period.label(),
                            period.dueOn().toString());
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

    /** @return the latest period whose due date has passed on the date */
    private Optional<ReportingPeriod> duePeriod() {
        return periods.stream()
                // a period never opened could not be reported in, so it is never 未报送
                .filter(p -> p.state() != PeriodState.PLANNED)
                .filter(p -> p.dueOn() != null && p.dueOn().isBefore(on))
                .max(Comparator.comparing(ReportingPeriod::dueOn));
    }
}

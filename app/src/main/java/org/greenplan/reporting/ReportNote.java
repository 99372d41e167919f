package org.greenplan.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.PlanTimeliness;
import org.greenplan.supervision.TaskStatus;

/**
 * The second line of the ledger's 状态 cell: where a task stands in the reporting cycle, beside its
 * supervision status. It reads the report slots supervision read for the status ({@code
 * supervision::SupervisedTask#dueReports}: per unit the status rules count, the latest period due for it on the
 * date, by its own due date — the lead's or co-units' date, or a granted extension — or the period's close),
 * so its period and due date are those the task's status panel names ({@code REPORT_MISSING}); an older
 * report awaiting review never hides a later one missing. The rule (issue 12 §2, issue 10 §8):
 * <ol>
 *   <li>a closed task (已完成, 已取消) needs no note;</li>
 *   <li>when every due slot has the unit's approved or pending report of that period (or a later one) and a
 *       submission awaits the office for the latest due period (or a later one), or, before any period is
 *       due, for any period → 已报送待审核; 新一期已报送待审核 when an earlier period of it was approved;</li>
 *   <li>a task reported complete or with every target met, not yet closed out by the office → 待申请销号
 *       (supervision keeps it 绿 until the office verifies it);</li>
 *   <li>a due slot without the unit's approved or pending report of that period (or a later one) is 未报送,
 *       with the period's label and the unit's due date: 未报送（2022-06，截止 2022-07-15） when only the lead
 *       unit's is missing, else each missing unit named in the task's unit order, as the status panel names them:
 *       市林业局未报送（2022-06，截止 2022-06-22）；…; a co-unit's missing report outranks the lead's awaiting
 *       review, as it does in the status;</li>
 *   <li>a task with no approved report whose first period is not due yet → 本期未到截止日 (with the due date);</li>
 *   <li>a plan without reporting periods and a task with nothing reported → 未设报送周期.</li>
 * </ol>
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

    /**
     * A note's message key and arguments; {@code key} null for none; {@link #SEVERAL} with one note per unit as
     * its arguments.
     */
    record Note(String key, Object... args) {
        static final Note NONE = new Note(null);
        /** The key of a note made of several units' notes (its arguments), shown joined by {@code ；}. */
        static final String SEVERAL = "several";
    }

    /**
     * @param status           the task's supervision status on the date
     * @param awaitingCloseOut whether supervision reads it as complete, awaiting the office's close-out
     * @param reports          the task's approved and pending reports
     * @param reported         whether the task has reported target values (kept from before progress reports)
     * @param due              the slots supervision read on the date ({@code SupervisedTask#dueReports})
     * @return the note; a co-unit missing, or several units, give {@link Note#SEVERAL}
     */
    Note of(
            TaskStatus status,
            boolean awaitingCloseOut,
            ApprovedProgress.TaskReports reports,
            boolean reported,
            List<PlanTimeliness.Slot> due) {
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
        List<PlanTimeliness.Slot> missing =
                due.stream().filter(slot -> !covered(slot, approved, pending)).toList();
        Optional<LocalDate> dueEnd =
                due.stream().map(PlanTimeliness.Slot::periodEnd).max(Comparator.naturalOrder());
        if (missing.isEmpty()) {
            Optional<Note> awaitingReview = awaitingReview(approved, pending, dueEnd);
            if (awaitingReview.isPresent()) {
                return awaitingReview.get();
            }
        }
        if (awaitingCloseOut) {
            return new Note("ledger.note.awaitingCloseOut");
        }
        if (!missing.isEmpty()) {
            return missing(missing);
        }
        if (!due.isEmpty() || !approved.isEmpty() || reported) {
            return Note.NONE;
        }
        return periods.isEmpty()
                ? new Note("ledger.note.noPeriods")
                : new Note(
                        "ledger.note.notDueYet",
                        periods.get(0).label(),
                        periods.get(0).dueOn().toString());
    }

    /** @return whether the slot's unit has an approved or pending report of the slot's period or a later one */
    private static boolean covered(
            PlanTimeliness.Slot slot,
            List<ApprovedProgress.Approved> approved,
            List<ApprovedProgress.Pending> pending) {
        return approved.stream()
                        .anyMatch(a ->
                                a.unitId() == slot.unitId() && !a.periodEnd().isBefore(slot.periodEnd()))
                || pending.stream()
                        .anyMatch(p ->
                                p.unitId() == slot.unitId() && !p.periodEnd().isBefore(slot.periodEnd()));
    }

    /**
     * @return 已报送待审核 (新一期… after an approved earlier period) when a submission awaits review for the latest
     *     due period or a later one, or for any period before one is due; an older one does not stand for it
     */
    private static Optional<Note> awaitingReview(
            List<ApprovedProgress.Approved> approved,
            List<ApprovedProgress.Pending> pending,
            Optional<LocalDate> dueEnd) {
        List<ApprovedProgress.Pending> current = dueEnd.map(end -> pending.stream()
                        .filter(p -> !p.periodEnd().isBefore(end))
                        .toList())
                .orElse(pending);
        if (current.isEmpty() || !(approved.isEmpty() || UnitOrder.newerPending(approved, current))) {
            return Optional.empty();
        }
        return Optional.of(new Note(approved.isEmpty() ? "ledger.status.pending" : "ledger.note.newerPending"));
    }

    /**
     * @return 未报送（2022-06，截止 2022-07-15） when only the lead unit's report is missing, else one
     *     {@code ledger.note.missingUnit} per unit (市林业局未报送（2022-06，截止 2022-06-24）) under {@link Note#SEVERAL}
     */
    private static Note missing(List<PlanTimeliness.Slot> missing) {
        PlanTimeliness.Slot first = missing.get(0);
        if (missing.size() == 1 && first.lead()) {
            return new Note(
                    "ledger.note.missing", first.periodLabel(), first.dueOn().toString());
        }
        return new Note(
                Note.SEVERAL,
                missing.stream()
                        .map(slot -> new Note(
                                "ledger.note.missingUnit",
                                slot.unitName(),
                                slot.periodLabel(),
                                slot.dueOn().toString()))
                        .toArray());
    }
}

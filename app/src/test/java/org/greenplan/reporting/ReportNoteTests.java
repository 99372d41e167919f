package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.PlanTimeliness;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.Test;

/** The ledger's reporting note always describes the latest due period (June due 24 June, December due 5 January). */
class ReportNoteTests {
    private static final LocalDate JUNE_END = LocalDate.of(2022, 6, 30);
    private static final LocalDate DECEMBER_END = LocalDate.of(2022, 12, 31);
    private static final List<ReportingPeriod> PERIODS = List.of(
            period(1, "2022-06", LocalDate.of(2022, 6, 1), JUNE_END, LocalDate.of(2022, 6, 24)),
            period(2, "2022-12", LocalDate.of(2022, 12, 1), DECEMBER_END, LocalDate.of(2023, 1, 5)));

    @Test
    void anOlderReportAwaitingReviewDoesNotHideTheMissingLatestOne() {
        ReportNote.Note note = note("2023-01-10", List.of(), List.of(pending(JUNE_END)));

        assertThat(note.key()).isEqualTo("ledger.note.missing");
        assertThat(note.args()).containsExactly("2022-12", "2023-01-05");
    }

    @Test
    void theLatestDuePeriodsReportAwaitingReviewIsPending() {
        assertThat(note("2023-01-10", List.of(), List.of(pending(DECEMBER_END))).key())
                .isEqualTo("ledger.status.pending");
        assertThat(note("2023-01-10", List.of(approved(JUNE_END)), List.of(pending(DECEMBER_END)))
                        .key())
                .isEqualTo("ledger.note.newerPending");
        assertThat(note("2022-07-01", List.of(), List.of(pending(JUNE_END))).key())
                .as("on 1 July June is the latest due period")
                .isEqualTo("ledger.status.pending");
    }

    @Test
    void anApprovedEarlierPeriodLeavesTheLatestOneMissing() {
        ReportNote.Note note = note("2023-01-10", List.of(approved(JUNE_END)), List.of());

        assertThat(note.key()).isEqualTo("ledger.note.missing");
        assertThat(note.args()).containsExactly("2022-12", "2023-01-05");
        assertThat(note("2023-01-10", List.of(approved(DECEMBER_END)), List.of(pending(JUNE_END)))
                        .key())
                .as("December approved: nothing to say")
                .isNull();
    }

    @Test
    void theNoteNamesTheSlotsPeriodAndDueDateAnExtensionIncluded() {
        PlanTimeliness.Slot june = slot(7, "市林业局", true, PERIODS.get(0), LocalDate.of(2022, 7, 15));

        ReportNote.Note note = new ReportNote(PERIODS, LocalDate.parse("2022-07-20"))
                .of(TaskStatus.RED, false, ApprovedProgress.TaskReports.NONE, false, List.of(june));

        assertThat(note.key()).isEqualTo("ledger.note.missing");
        assertThat(note.args()).containsExactly("2022-06", "2022-07-15");
    }

    @Test
    void everyMissingUnitIsNamedWhenMoreThanTheLeadMisses() {
        PlanTimeliness.Slot lead = slot(7, "市林业局", true, PERIODS.get(1), LocalDate.of(2023, 1, 5));
        PlanTimeliness.Slot coUnit = slot(8, "市自然资源和规划局", false, PERIODS.get(1), LocalDate.of(2023, 1, 3));

        ReportNote.Note note = new ReportNote(PERIODS, LocalDate.parse("2023-01-10"))
                .of(TaskStatus.RED, false, ApprovedProgress.TaskReports.NONE, false, List.of(lead, coUnit));

        assertThat(note.key()).isEqualTo(ReportNote.Note.SEVERAL);
        assertThat(note.args())
                .extracting(part -> List.of(((ReportNote.Note) part).args()))
                .containsExactly(
                        List.of("市林业局", "2022-12", "2023-01-05"), List.of("市自然资源和规划局", "2022-12", "2023-01-03"));
    }

    @Test
    void aCoUnitMissingItsReportIsNotHiddenByTheLeadsPendingOne() {
        PlanTimeliness.Slot lead = slot(7, "市林业局", true, PERIODS.get(1), LocalDate.of(2023, 1, 5));
        PlanTimeliness.Slot coUnit = slot(8, "市自然资源和规划局", false, PERIODS.get(1), LocalDate.of(2023, 1, 5));

        ReportNote.Note note = new ReportNote(PERIODS, LocalDate.parse("2023-01-10"))
                .of(
                        TaskStatus.RED,
                        false,
                        new ApprovedProgress.TaskReports(List.of(), List.of(pending(DECEMBER_END))),
                        false,
                        List.of(lead, coUnit));

        assertThat(note.key()).isEqualTo(ReportNote.Note.SEVERAL);
        assertThat(note.args())
                .extracting(part -> List.of(((ReportNote.Note) part).args()))
                .containsExactly(List.of("市自然资源和规划局", "2022-12", "2023-01-05"));
    }

    private static ReportNote.Note note(
            String on, List<ApprovedProgress.Approved> approved, List<ApprovedProgress.Pending> pending) {
        LocalDate day = LocalDate.parse(on);
        // the slot supervision reads: unit 7's latest period whose due date has passed on the day
        List<PlanTimeliness.Slot> due = PERIODS.stream()
                .filter(p -> p.dueOn().isBefore(day))
                .reduce((a, b) -> b)
                .map(p -> List.of(slot(7, "市林业局", true, p, p.dueOn())))
                .orElse(List.of());
        return new ReportNote(PERIODS, day)
                .of(TaskStatus.RED, false, new ApprovedProgress.TaskReports(approved, pending), false, due);
    }

    private static PlanTimeliness.Slot slot(
            long unitId, String unitName, boolean lead, ReportingPeriod period, LocalDate dueOn) {
        return new PlanTimeliness.Slot(
                10,
                unitId,
                unitName,
                lead,
                period.id(),
                period.label(),
                period.startsOn(),
                period.endsOn(),
                dueOn,
                !dueOn.equals(period.dueOn()),
                dueOn,
                null,
                null,
                null);
    }

    private static ApprovedProgress.Approved approved(LocalDate end) {
        return new ApprovedProgress.Approved(10, 7, end.toString().substring(0, 7), end, "按计划推进", null);
    }

    private static ApprovedProgress.Pending pending(LocalDate end) {
        return new ApprovedProgress.Pending(10, 7, end.toString().substring(0, 7), end);
    }

    private static ReportingPeriod period(long id, String label, LocalDate start, LocalDate end, LocalDate due) {
        return new ReportingPeriod(
                id, 1, label, start, end, due, due.minusDays(2), due, PeriodState.OPEN, null, null, null);
    }
}

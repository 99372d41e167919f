package org.greenplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.junit.jupiter.api.Test;

class ProgressReportTests {
    private static final Actor REPORTER = new Actor(107, "r7", "填报员", 7L, Set.of(Role.UNIT_REPORTER), false);
    private static final Actor UNIT_LEADER = new Actor(1007, "l7", "单位负责人", 7L, Set.of(Role.UNIT_LEADER), false);
    private static final Actor OFFICE = new Actor(1, "office", "市绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
    private static final Instant T1 = Instant.parse("2022-06-20T02:00:00Z");
    private static final Instant T2 = Instant.parse("2022-06-21T02:00:00Z");
    private static final Instant T3 = Instant.parse("2022-06-22T02:00:00Z");
    private static final ReportKey KEY = new ReportKey(10, 7, 3);
    private static final ReportContent WRITTEN = new ReportContent(
            "秸秆综合利用率达88.5%", "", "继续推进", null, List.of(new ReportValue(55, "88.5", new BigDecimal("88.5"), false)));

    private static ProgressReport stored(ReportState state, int submission) {
        return ProgressReport.restore(new ProgressReport.Snapshot(
                41L, 2, KEY, LocalDate.of(2022, 6, 1), 3, state, WRITTEN, submission, null, null, null, null, null));
    }

    @Test
    void submittingADraftNumbersTheSubmissionStampsItAndRegistersTheEvent() {
        ProgressReport report = stored(ReportState.DRAFT, 0);

        report.submit(REPORTER, T1);

        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(report.submission()).isEqualTo(1);
        assertThat(report.submitted()).isEqualTo(new Stamp(107, "填报员", T1));
        assertThat(report.events())
                .containsExactly(new ProgressReportSubmitted(41, 2, KEY, 1, new Stamp(107, "填报员", T1)));
    }

    @Test
    void aDraftWithoutProgressTextIsNotSubmitted() {
        ProgressReport report = ProgressReport.restore(new ProgressReport.Snapshot(
                41L,
                2,
                KEY,
                LocalDate.of(2022, 6, 1),
                3,
                ReportState.DRAFT,
                ReportContent.empty(),
                0,
                null,
                null,
                null,
                null,
                null));

        assertThatThrownBy(() -> report.submit(REPORTER, T1))
                .isInstanceOf(ReportRefusedException.class)
                .extracting("code")
                .isEqualTo("progress.refused.progressRequired");
        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
        assertThat(report.events()).isEmpty();
    }

    @Test
    void aSubmittedReportIsNeitherRevisedNorSubmittedAgain() {
        ProgressReport report = stored(ReportState.SUBMITTED, 1);

        assertThatThrownBy(() -> report.revise(ReportContent.empty()))
                .extracting("code")
                .isEqualTo("progress.refused.notEditable");
        assertThatThrownBy(() -> report.submit(REPORTER, T2))
                .extracting("code")
                .isEqualTo("progress.refused.notEditable");
        assertThat(report.content()).isEqualTo(WRITTEN);
    }

    @Test
    void revisingReportsWhetherAnythingChanged() {
        ProgressReport report = stored(ReportState.DRAFT, 0);

        assertThat(report.revise(WRITTEN)).isFalse();
        assertThat(report.revise(ReportContent.empty())).isTrue();
        assertThat(report.content()).isEqualTo(ReportContent.empty());
    }

    @Test
    void theOfficeApprovesASubmissionAndTheEventCarriesTheValuesAndMonth() {
        ProgressReport report = stored(ReportState.SUBMITTED, 1);

        report.approve(OFFICE, T2, false);

        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.approved()).isEqualTo(new Stamp(1, "市绿色办", T2));
        ProgressReportApproved approved =
                (ProgressReportApproved) report.events().get(0);
        assertThat(approved.reportedMonth()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(approved.values()).extracting(ReportValue::value).containsExactly(new BigDecimal("88.5"));
    }

    @Test
    void whereThePlanAsksTheUnitLeaderApprovesBeforeTheOffice() {
        ProgressReport report = stored(ReportState.SUBMITTED, 1);

        assertThatThrownBy(() -> report.approve(OFFICE, T2, true))
                .extracting("code")
                .isEqualTo("progress.refused.awaitingUnit");
        report.approveForUnit(UNIT_LEADER, T2);
        report.approve(OFFICE, T3, true);

        assertThat(report.state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.unitApproved()).isEqualTo(new Stamp(1007, "单位负责人", T2));
    }

    @Test
    void theUnitLeaderWithdrawsItsApprovalOnlyUntilTheOfficeActs() {
        ProgressReport pending = stored(ReportState.UNIT_APPROVED, 1);
        pending.withdrawUnitApproval();
        assertThat(pending.state()).isEqualTo(ReportState.SUBMITTED);

        ProgressReport decided = stored(ReportState.UNIT_APPROVED, 1);
        decided.approve(OFFICE, T3, true);
        assertThatThrownBy(decided::withdrawUnitApproval)
                .extracting("code")
                .isEqualTo("progress.refused.laterStageActed");
        assertThat(decided.state()).isEqualTo(ReportState.APPROVED);
    }

    @Test
    void anApprovedReportIsFinal() {
        ProgressReport report = stored(ReportState.APPROVED, 1);

        assertThatThrownBy(() -> report.returnForRevision(OFFICE, T3, "数据有误"))
                .extracting("code")
                .isEqualTo("progress.refused.notSubmitted");
        assertThatThrownBy(() -> report.approveForUnit(UNIT_LEADER, T3))
                .extracting("code")
                .isEqualTo("progress.refused.notSubmitted");
        assertThatThrownBy(() -> report.approve(OFFICE, T3, false))
                .extracting("code")
                .isEqualTo("progress.refused.notSubmitted");
        assertThatThrownBy(() -> report.revise(ReportContent.empty()))
                .extracting("code")
                .isEqualTo("progress.refused.notEditable");
        assertThat(report.events()).isEmpty();
    }

    @Test
    void aReturnNeedsAReasonAndTheUnitResubmitsWithTheNextNumber() {
        ProgressReport report = stored(ReportState.SUBMITTED, 1);
        assertThatThrownBy(() -> report.returnForRevision(OFFICE, T2, "  "))
                .extracting("code")
                .isEqualTo("progress.refused.reasonRequired");

        report.returnForRevision(OFFICE, T2, " 请补充佐证材料 ");
        assertThat(report.state()).isEqualTo(ReportState.RETURNED);
        assertThat(report.returnReason()).isEqualTo("请补充佐证材料");
        assertThat(report.events().get(0))
                .isEqualTo(new ProgressReportReturned(41, 2, KEY, 1, new Stamp(1, "市绿色办", T2), "请补充佐证材料"));

        report.revise(WRITTEN);
        report.submit(REPORTER, T3);
        assertThat(report.submission()).isEqualTo(2);
        assertThat(report.returnReason()).isNull();
        assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void aDraftCannotBeApprovedOrReturned() {
        ProgressReport report = stored(ReportState.DRAFT, 0);

        assertThatThrownBy(() -> report.approve(OFFICE, T1, false))
                .extracting("code")
                .isEqualTo("progress.refused.notSubmitted");
        assertThatThrownBy(() -> report.returnForRevision(OFFICE, T1, "x"))
                .extracting("code")
                .isEqualTo("progress.refused.notSubmitted");
        assertThatThrownBy(() -> report.approveForUnit(UNIT_LEADER, T1))
                .extracting("code")
                .isEqualTo("progress.refused.notSubmitted");
    }

    @Test
    void aReportNotYetStoredCannotChangeState() {
        ProgressReport report = ProgressReport.start(2, KEY, LocalDate.of(2022, 6, 1));
        report.revise(WRITTEN);

        assertThatThrownBy(() -> report.submit(REPORTER, T1)).isInstanceOf(IllegalStateException.class);
    }
}

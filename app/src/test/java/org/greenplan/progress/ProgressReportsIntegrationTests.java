package org.greenplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenplan.progress.ReportFixture.leader;
import static org.greenplan.progress.ReportFixture.office;
import static org.greenplan.progress.ReportFixture.reporter;
import static org.greenplan.progress.ReportFixture.signIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.IntegrationTest;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.targets.ReportedValue;
import org.greenplan.targets.TargetTracking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The report workflow on task 10 of the published 宿州 plan, June 2022 (a period inserted here). */
@IntegrationTest
class ProgressReportsIntegrationTests {
    @Autowired
    ProgressReports reports;

    @Autowired
    TargetTracking tracking;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    ReportFixture f;

    @BeforeEach
    void publish() {
        f = ReportFixture.publish(importer, jdbc, "OPEN");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ReportInput input(String progress, String straw) {
        return new ReportInput(
                progress,
                "部分乡镇收储点不足",
                "加快收储中心建设",
                "",
                straw == null ? Map.of() : Map.of(f.straw().targetId(), straw),
                Set.of());
    }

    private List<String> auditActions(long reportId) {
        return jdbc.sql("select action || coalesce(':' || field, '') from audit_event where entity = 'PROGRESS_REPORT'"
                        + " and entity_id = ? order by id")
                .param(reportId)
                .query(String.class)
                .list();
    }

    @Test
    void aDraftIsStoredWithItsValueAndASaveWithoutChangesWritesNoAuditRow() {
        ProgressReport saved =
                reports.saveDraft(signIn(reporter(f.strawUnitId())), f.strawKey(), input("完成秸秆离田利用", "约88.5%"), 0);

        assertThat(saved.state()).isEqualTo(ReportState.DRAFT);
        ReportValue value = saved.content().valueFor(f.straw().targetId());
        assertThat(value.value()).isEqualByComparingTo("88.5");
        assertThat(value.approximate()).isTrue();
        List<String> afterFirst = auditActions(saved.id());
        assertThat(afterFirst)
                .contains("DRAFT_SAVED:progress", "DRAFT_SAVED:value:秸秆综合利用率")
                .allMatch(a -> a.startsWith("DRAFT_SAVED:"));

        ProgressReport again = reports.saveDraft(
                reporter(f.strawUnitId()), f.strawKey(), input("完成秸秆离田利用", "约88.5%"), saved.rowVersion());

        assertThat(auditActions(saved.id())).isEqualTo(afterFirst);
        assertThat(again.rowVersion()).isGreaterThan(saved.rowVersion());
    }

    @Test
    void valuesAreReadWithTheTargetPanelsRulesAndNothingIsStoredWhenOneIsWrong() {
        for (Map.Entry<String, String> bad : Map.of(
                        "N/A", "progress.value.notANumber",
                        "-5", "target.value.rateNegative",
                        "120", "target.value.rateAbove100",
                        "88.5万吨", "target.value.foreignUnit")
                .entrySet()) {
            assertThatThrownBy(() ->
                            reports.saveDraft(reporter(f.strawUnitId()), f.strawKey(), input("进展", bad.getKey()), 0))
                    .as(bad.getKey())
                    .isInstanceOfSatisfying(
                            ReportInvalidException.class,
                            e -> assertThat(e.problems()
                                            .get("value." + f.straw().targetId())
                                            .key())
                                    .isEqualTo(bad.getValue()));
        }
        ReportInput unknown = new ReportInput("进展", "", "", "120", Map.of(999_999L, "5"), Set.of());
        assertThatThrownBy(() -> reports.saveDraft(reporter(f.strawUnitId()), f.strawKey(), unknown, 0))
                .isInstanceOfSatisfying(
                        ReportInvalidException.class,
                        e -> assertThat(e.problems()).containsKeys("value.999999", "completion"));
        assertThat(jdbc.sql("select count(*) from progress_report")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theTargetPanelShowsTheReportedValueOnlyOnceTheOfficeApproves() {
        ProgressReport submitted =
                reports.submit(signIn(reporter(f.strawUnitId())), f.strawKey(), input("秸秆综合利用率达88.5%", "88.5"), 0);
        assertThat(panelValues()).isEmpty();

        reports.approve(signIn(office()), submitted.id(), submitted.rowVersion());

        List<ReportedValue> values = panelValues();
        assertThat(values).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("88.5");
            assertThat(v.period()).isEqualTo(LocalDate.of(2022, 6, 1));
        });
        assertThat(jdbc.sql("select source || ':' || progress_report_id from reported_value")
                        .query(String.class)
                        .single())
                .isEqualTo("PROGRESS_REPORT:" + submitted.id());
        assertThat(auditActions(submitted.id())).contains("SUBMITTED", "APPROVED");
    }

    private List<ReportedValue> panelValues() {
        return tracking.evaluateTarget(
                        f.straw().planId(), f.straw().taskId(), f.straw().targetId(), LocalDate.of(2022, 6, 30))
                .values();
    }

    @Test
    void aReturnedReportIsFixedAndResubmittedAndBothSubmissionsStayInTheHistory() {
        ProgressReport first = reports.submit(reporter(f.strawUnitId()), f.strawKey(), input("初稿", "88"), 0);
        ProgressReport returned = reports.returnForRevision(office(), first.id(), first.rowVersion(), "请补充佐证材料");
        assertThat(returned.state()).isEqualTo(ReportState.RETURNED);

        ProgressReport second =
                reports.submit(reporter(f.strawUnitId()), f.strawKey(), input("修改稿", "88.5"), returned.rowVersion());

        List<ReportVersion> history = reports.history(office(), second.id());
        assertThat(history).extracting(ReportVersion::submission).containsExactly(2, 1);
        assertThat(history.get(1).outcome()).isEqualTo(ReportState.RETURNED);
        assertThat(history.get(1).reason()).isEqualTo("请补充佐证材料");
        assertThat(history.get(1).content().progress()).isEqualTo("初稿");
        assertThat(history.get(0).outcome()).isEqualTo(ReportState.SUBMITTED);
        assertThat(history.get(0).content().valueFor(f.straw().targetId()).typed())
                .isEqualTo("88.5");
    }

    @Test
    void aReporterCannotEditASubmittedReport() {
        ProgressReport submitted = reports.submit(reporter(f.strawUnitId()), f.strawKey(), input("进展", "88"), 0);

        assertThatThrownBy(() -> reports.saveDraft(
                        reporter(f.strawUnitId()), f.strawKey(), input("改", "90"), submitted.rowVersion()))
                .isInstanceOf(ReportRefusedException.class);
        assertThat(reports.open(reporter(f.strawUnitId()), f.strawKey())
                        .report()
                        .content()
                        .progress())
                .isEqualTo("进展");
    }

    @Test
    void aSecondSubmitWithTheSameFormIsAConflictAndChangesNothing() {
        ProgressReport draft = reports.saveDraft(reporter(f.strawUnitId()), f.strawKey(), input("进展", "88"), 0);
        ProgressReport submitted =
                reports.submit(reporter(f.strawUnitId()), f.strawKey(), input("进展", "88"), draft.rowVersion());

        assertThatThrownBy(() ->
                        reports.submit(reporter(f.strawUnitId()), f.strawKey(), input("进展", "88"), draft.rowVersion()))
                .isInstanceOf(ReportConflictException.class)
                .extracting("args")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.ARRAY)
                .containsExactly("SUBMITTED", "填报员" + f.strawUnitId());
        assertThat(reports.show(office(), submitted.id()).history()).hasSize(1);
    }

    @Test
    void twoEditorsOfOneDraftTheSecondIsToldAndTheFirstsTextStays() {
        ProgressReport first = reports.saveDraft(reporter(f.strawUnitId()), f.strawKey(), input("甲的文字", null), 0);

        assertThatThrownBy(() -> reports.saveDraft(reporter(f.strawUnitId()), f.strawKey(), input("乙的文字", null), 0))
                .isInstanceOf(ReportConflictException.class);
        assertThat(reports.show(office(), first.id()).report().content().progress())
                .isEqualTo("甲的文字");
    }

    @Test
    void anotherUnitNeitherReadsNorWritesAndAReporterNeitherApprovesNorReturns() {
        ProgressReport submitted = reports.submit(reporter(f.strawUnitId()), f.strawKey(), input("进展", "88"), 0);
        long other = f.otherUnitId();

        assertThatThrownBy(() -> reports.open(reporter(other), f.strawKey())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.show(reporter(other), submitted.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.saveDraft(
                        reporter(other), new ReportKey(f.straw().taskId(), other, f.periodId()), input("x", null), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.approve(reporter(f.strawUnitId()), submitted.id(), submitted.rowVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.returnForRevision(
                        office().actingAs(f.strawUnitId()), submitted.id(), submitted.rowVersion(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.saveDraft(leader(), f.strawKey(), input("x", null), submitted.rowVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reports.show(leader(), submitted.id()).report().state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(reports.open(office().actingAs(f.strawUnitId()), f.strawKey())
                        .report()
                        .id())
                .isEqualTo(submitted.id());
    }

    @Test
    void theUnitLeaderStageIsRefusedWhileThePlanDoesNotAskForIt() {
        ProgressReport submitted = reports.submit(reporter(f.strawUnitId()), f.strawKey(), input("进展", "88"), 0);

        assertThatThrownBy(() -> reports.approveForUnit(
                        ReportFixture.unitLeader(f.strawUnitId()), submitted.id(), submitted.rowVersion()))
                .extracting("code")
                .isEqualTo("progress.refused.unitStageOff");
        assertThatThrownBy(
                        () -> reports.approveForUnit(reporter(f.strawUnitId()), submitted.id(), submitted.rowVersion()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLeadUnitSeesTheCoUnitsLatestSubmittedPart() {
        ReportKey coKey = new ReportKey(f.sharedTaskId(), f.coUnitId(), f.periodId());
        reports.submit(reporter(f.coUnitId()), coKey, new ReportInput("配合单位完成摸底", "", "", "40", Map.of(), Set.of()), 0);
        ReportKey leadKey = new ReportKey(f.sharedTaskId(), f.leadUnitId(), f.periodId());

        ReportSheet lead = reports.open(reporter(f.leadUnitId()), leadKey);
        ReportSheet co = reports.open(reporter(f.coUnitId()), coKey);

        assertThat(lead.lead()).isTrue();
        CoUnitPart part = lead.coUnitParts().stream()
                .filter(p -> p.unitId() == f.coUnitId())
                .findFirst()
                .orElseThrow();
        assertThat(part.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(part.latest().content().progress()).isEqualTo("配合单位完成摸底");
        assertThat(part.latest().content().completion()).isEqualTo(40);
        assertThat(co.lead()).isFalse();
        assertThat(co.coUnitParts()).isEmpty();
    }
}

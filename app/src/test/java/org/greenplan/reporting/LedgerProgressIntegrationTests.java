package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledger's 进展情况 comes from approved progress reports only (issue 12 §2); 状态 is the supervision
 * status with the reporting note, read on 2022-06-30.
 */
@IntegrationTest
class LedgerProgressIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    ProgressReports reports;

    long planId;
    long periodId;

    @BeforeEach
    void publishSuzhouWithAJunePeriod() {
        DatabaseCleaner.clean(jdbc);
        planId = importer.importAndPublish(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU)
                .planId();
        periodId = jdbc.sql("""
                        insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on,
                            grace_until, state)
                        values (?, '2022年6月', date '2022-06-01', date '2022-06-30', date '2022-06-24',
                            date '2022-06-22', date '2022-06-27', 'OPEN')
                        returning id""").param(planId).query(Long.class).single();
        // Only lead units' reports count here, so each test reads the status of the one report it submits
        // (co-units that never report would make every task red: REPORT_MISSING, tested in supervision).
        jdbc.sql("""
                        insert into supervision_settings (plan_id, stagnation_days, late_report_yellow, co_unit_reports,
                            red_needs_explanation)
                        values (?, 30, true, false, false)""").param(planId).update();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anApprovedReportForATaskWithoutTargetsShowsItsNarrativePeriodAndCompletion() throws Exception {
        java.util.List<TaskView> tasks = catalog.tasks(planId, null);
        java.util.List<TaskView> withoutTargets =
                tasks.stream().filter(t -> t.targets().isEmpty()).toList();
        assertThat(withoutTargets).as("宿州 tasks without a numeric target").hasSizeGreaterThan(10);
        TaskView task1 = withoutTargets.get(0);
        int sequence = tasks.indexOf(task1) + 1;
        int untouched = tasks.indexOf(withoutTargets.get(1)) + 1;
        long unit = task1.units().get(0).unitId();
        String unitName = task1.units().get(0).name();
        ProgressReport submitted = submit(task1, unit, "已完成全市碳排放摸底，方案初稿已征求意见", "60", Map.of());

        Row pending = ledgerRow(sequence);
        assertThat(pending.getCell(8).getStringCellValue())
                .as("a pending report shows no progress")
                .isEmpty();
        assertThat(pending.getCell(9).getStringCellValue())
                .as("the supervision status, then the report awaiting review")
                .isEqualTo("绿灯\n已报送待审核");
        assertThat(fill(pending)).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());

        signIn(office());
        reports.approve(office(), submitted.id(), submitted.rowVersion());

        Row approved = ledgerRow(sequence);
        assertThat(approved.getCell(8).getStringCellValue())
                .isEqualTo(unitName + "（2022年6月）：完成 60%。已完成全市碳排放摸底，方案初稿已征求意见");
        assertThat(approved.getCell(9).getStringCellValue())
                .as("June reported and approved: no note")
                .isEqualTo("绿灯");
        assertThat(fill(approved)).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
        assertThat(ledgerRow(untouched).getCell(9).getStringCellValue())
                .as("June's due date (2022-06-24) has passed on 2022-06-30: REPORT_MISSING")
                .isEqualTo("红灯\n未报送（2022年6月，截止 2022-06-24）");
    }

    @Test
    void aSubmittedReportChangesNothingButItsStatusUntilApproved() throws Exception {
        TaskView task10 = task("10");
        long unit = task10.units().get(0).unitId();
        Row before = ledgerRow(10);

        submit(task10, unit, "秸秆综合利用率达88.5%", "", Map.of(task10.targets().get(0).id(), "88.5"));

        Row pending = ledgerRow(10);
        for (int c = 0; c < 9; c++) {
            assertThat(text(pending, c)).as("column %d unchanged", c).isEqualTo(text(before, c));
        }
        assertThat(before.getCell(9).getStringCellValue()).isEqualTo("红灯\n未报送（2022年6月，截止 2022-06-24）");
        assertThat(pending.getCell(9).getStringCellValue()).isEqualTo("绿灯\n已报送待审核");
    }

    @Test
    void task10ShowsTheApprovedValueBesideItsAttainment() throws Exception {
        TaskView task10 = task("10");
        long unit = task10.units().get(0).unitId();
        ProgressReport submitted = submit(
                task10,
                unit,
                "秸秆综合利用率达88.5%",
                "",
                Map.of(task10.targets().get(0).id(), "88.5"));
        signIn(office());
        reports.approve(office(), submitted.id(), submitted.rowVersion());

        Row row = ledgerRow(10);
        String progress = row.getCell(8).getStringCellValue();
        assertThat(progress.lines().toList())
                .containsExactly("2022年6月：秸秆综合利用率 当前 88.5%（尚未达到目标，目标完成进度 96.2%）", "市农业农村局（2022年6月）：秸秆综合利用率达88.5%");
        assertThat(row.getCell(9).getStringCellValue())
                .as("without a baseline the pace to ≥ 92 % starts at the first value, 88.5 % on 30 June: on pace,"
                        + " though not met yet (the supervision status)")
                .isEqualTo("绿灯");
    }

    @Test
    void aPendingJuneReportNeverHidesTheMissingReportOfTheLatestDuePeriod() throws Exception {
        TaskView task10 = task("10");
        long unit = task10.units().get(0).unitId();
        submit(task10, unit, "秸秆综合利用率达88.5%", "", Map.of(task10.targets().get(0).id(), "88.5"));
        jdbc.sql("""
                        insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on,
                            grace_until, state)
                        values (?, '2022年12月', date '2022-12-01', date '2022-12-31', date '2023-01-05',
                            date '2023-01-03', date '2023-01-06', 'OPEN')""").param(planId).update();

        assertThat(ledgerRow(10).getCell(9).getStringCellValue())
                .as("on 2022-06-30 June is the latest due period, and its report awaits review")
                .isEqualTo("绿灯\n已报送待审核");
        assertThat(ledgerRow(10, "2023-01-10").getCell(9).getStringCellValue())
                .as("December is due and missing: June's pending report does not stand for it")
                .isEqualTo("红灯\n未报送（2022年12月，截止 2023-01-05）");
        String csv = mvc.perform(get("/plans/{id}/ledger.csv", planId)
                        .param("on", "2023-01-10")
                        .with(org.greenplan.accounts.TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"红灯\n未报送（2022年12月，截止 2023-01-05）\"").doesNotContain("已报送待审核");
        String panel = mvc.perform(get("/plans/{p}/tasks/{t}/status", planId, task10.id())
                        .param("on", "2023-01-10")
                        .with(org.greenplan.accounts.TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(panel)
                .as("the task page's status panel names the same period and due date")
                .contains("未按期报送 2022年12月 的进展（截止 2023-01-05）");
    }

    private ProgressReport submit(TaskView task, long unit, String text, String completion, Map<Long, String> values) {
        Actor reporter =
                new Actor(100 + unit, "reporter" + unit, "填报员" + unit, unit, Set.of(Role.UNIT_REPORTER), false);
        signIn(reporter);
        ProgressReport report = reports.submit(
                reporter,
                new ReportKey(task.id(), unit, periodId),
                new ReportInput(text, "", "", completion, values, Set.of()),
                0);
        // The ledger is read on 2022-06-30: the report must have been submitted by then, on time (20 June).
        for (String table : java.util.List.of("progress_report", "progress_report_version")) {
            jdbc.sql("update " + table + " set submitted_at = timestamptz '2022-06-20 10:00+08' where "
                            + (table.equals("progress_report") ? "id" : "report_id") + " = ?")
                    .param(report.id())
                    .update();
        }
        return report;
    }

    private TaskView task(String number) {
        return catalog.tasks(planId, null).stream()
                .filter(t -> number.equals(t.number()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPeriodNeverOpenedIsNeverNotReported() throws Exception {
        jdbc.sql("""
                        insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on,
                            grace_until, state)
                        values (?, '2022年7月', date '2022-07-01', date '2022-07-31', date '2022-07-25',
                            date '2022-07-21', date '2022-07-27', 'PLANNED')""").param(planId).update();

        assertThat(ledgerRow(10, "2022-08-10").getCell(9).getStringCellValue())
                .as("July's due date has passed, but July was never opened: June is the period missing")
                .endsWith("未报送（2022年6月，截止 2022-06-24）");
    }

    private Row ledgerRow(int sequence) throws Exception {
        return ledgerRow(sequence, "2022-06-30");
    }

    private Row ledgerRow(int sequence, String on) throws Exception {
        byte[] xlsx = mvc.perform(get("/plans/{id}/ledger.xlsx", planId)
                        .param("on", on)
                        .with(org.greenplan.accounts.TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0).getRow(1 + sequence);
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column).toString();
    }

    private static short fill(Row row) {
        return ((XSSFCellStyle) row.getCell(9).getCellStyle()).getFillForegroundColor();
    }

    private static Actor office() {
        return new Actor(1, "office", "市绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
    }

    private static void signIn(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

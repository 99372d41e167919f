package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mid-year, the ledger words a goal not reached yet as the task page does (尚未达到目标), not as a failure
 * (未达标); once the plan year is over both say 未达标.
 */
@IntegrationTest
class LedgerAttainmentWordingIntegrationTests {
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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void midYearAValueBelowTheGoalIsNotMetYetInTheLedgerAsOnTheTaskPage() throws Exception {
        DatabaseCleaner.clean(jdbc);
        long planId = importer.importAndPublish(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU)
                .planId();
        long periodId = jdbc.sql("""
                        insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on,
                            grace_until, state)
                        values (?, '2022年6月', date '2022-06-01', date '2022-06-30', date '2022-06-24',
                            date '2022-06-22', date '2022-06-27', 'OPEN')
                        returning id""").param(planId).query(Long.class).single();
        TaskView task10 = catalog.tasks(planId, null).stream()
                .filter(t -> "10".equals(t.number()))
                .findFirst()
                .orElseThrow();
        long unit = task10.units().get(0).unitId();
        Actor reporter =
                new Actor(100 + unit, "reporter" + unit, "填报员" + unit, unit, Set.of(Role.UNIT_REPORTER), false);
        signIn(reporter);
        ProgressReport submitted = reports.submit(
                reporter,
                new ReportKey(task10.id(), unit, periodId),
                new ReportInput(
                        "秸秆综合利用率达88.5%",
                        "", "", "", Map.of(task10.targets().get(0).id(), "88.5"), Set.of()),
                0);
        Actor office = new Actor(1, "office", "市绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
        signIn(office);
        reports.approve(office, submitted.id(), submitted.rowVersion());

        assertThat(panel(planId, task10.id(), "2022-06-30")).contains("尚未达到目标").doesNotContain("未达标");
        assertThat(progressCell(planId, "2022-06-30")).isEqualTo("2022年6月：秸秆综合利用率 当前 88.5%（尚未达到目标，目标完成进度 96.2%）");
        assertThat(panel(planId, task10.id(), "2022-12-31")).contains("未达标");
        assertThat(progressCell(planId, "2022-12-31")).isEqualTo("2022年6月：秸秆综合利用率 当前 88.5%（未达标，目标完成进度 96.2%）");
    }

    private String panel(long planId, long taskId, String on) throws Exception {
        return mvc.perform(get("/plans/{p}/tasks/{t}/targets", planId, taskId)
                        .param("on", on)
                        .with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return the first line of the ledger cell that reads task 10's value, wherever the ledger puts it */
    private String progressCell(long planId, String on) throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/plans/{id}/ledger.xlsx", planId).param("on", on).with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = cell.toString();
                        if (text.startsWith("2022年6月：秸秆综合利用率 当前")) {
                            return text.lines().findFirst().orElseThrow();
                        }
                    }
                }
            }
        }
        throw new AssertionError("no ledger cell reads task 10's value");
    }

    private static void signIn(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

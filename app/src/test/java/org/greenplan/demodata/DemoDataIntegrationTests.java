package org.greenplan.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.reporting.LedgerExport;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** {@code demo-data} run small (one city, one year, on 20 June 2025) against the real database. */
@IntegrationTest
class DemoDataIntegrationTests {
    private static final LocalDate JUNE_20 = LocalDate.of(2025, 6, 20);

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Supervision supervision;

    @Autowired
    LedgerExport ledger;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        jdbc.sql("delete from app_user where username like 'demo-%'").update();
    }

    @Test
    void generatesOneCityYearThatSupervisionAndTheLedgerRead() throws Exception {
        Path csv = dir.resolve("open.csv");
        DemoSummary summary = demoData.generate(new DemoOptions(1, 1, 42, JUNE_20, csv), line -> {});

        long planId = jdbc.sql("select id from plan where state = 'PUBLISHED'")
                .query(Long.class)
                .single();
        assertThat(summary.years()).containsExactly(2025);
        assertThat(summary.plans()).isEqualTo(1);
        assertThat(summary.tasks())
                .isEqualTo(60)
                .isEqualTo(count("select count(*) from task where plan_id = ?", planId));
        // 15 units of the city, every one confirmed with a contact person, a reporter and a unit leader
        assertThat(summary.units()).isEqualTo(count("""
                select count(distinct a.unit_id) from assignment a join task t on t.id = a.task_id
                join responsible_unit u on u.id = a.unit_id
                where t.plan_id = ? and u.confirmed and u.contact_phone like '139%'""", planId));
        assertThat(summary.units()).isBetween(12, 15);
        assertThat(summary.users()).isEqualTo(2 + 2 * summary.units());
        // monthly periods: January to May closed (May is due on 26 May 2025), June (due 25 June) open, the rest planned
        assertThat(states(planId))
                .containsExactly(
                        "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "OPEN", "PLANNED", "PLANNED", "PLANNED",
                        "PLANNED", "PLANNED", "PLANNED");
        assertThat(summary.periods()).isEqualTo(12);

        long assignments =
                count("select count(*) from assignment a join task t on t.id = a.task_id where t.plan_id = ?", planId);
        assertThat(summary.reports())
                .isEqualTo(count("select count(*) from progress_report where plan_id = ?", planId))
                .isBetween((int) (assignments * 5 * 0.94), (int) (assignments * 5));
        assertThat(summary.approved())
                .isEqualTo(
                        count("select count(*) from progress_report where plan_id = ? and state = 'APPROVED'", planId))
                .isLessThan(summary.reports());
        // the rows the workflow writes: one submission each, its audit rows, the approved values of the targets
        assertThat(count("""
                select count(*) from progress_report_version v join progress_report r on r.id = v.report_id
                where r.plan_id = ? and v.outcome = r.state""", planId)).isEqualTo(summary.reports());
        assertThat(count("""
                select count(*) from audit_event a join progress_report r on r.id = a.entity_id
                where a.entity = 'PROGRESS_REPORT' and r.plan_id = ? and a.action = 'SUBMITTED' and a.detail = '#1'
                and a.actor_user_id = r.submitted_by_id""", planId)).isEqualTo(summary.reports());
        assertThat(count("""
                select count(*) from reported_value v join progress_report r on r.id = v.progress_report_id
                where r.plan_id = ? and v.source = 'PROGRESS_REPORT'""", planId)).isEqualTo(count("""
                        select count(*) from progress_report_value v join progress_report r on r.id = v.report_id
                        where r.plan_id = ? and r.state = 'APPROVED'""", planId)).isPositive();
        assertThat(summary.reportValues()).isEqualTo(count("""
                        select count(*) from progress_report_value v join progress_report r on r.id = v.report_id
                        where r.plan_id = ?""", planId));
        assertThat(count(
                        "select count(*) from progress_report where plan_id = ? and row_version = 3 and state = 'APPROVED'",
                        planId))
                .isEqualTo(summary.approved());

        PlanSupervision statuses = supervision.ofPlan(planId, JUNE_20);
        assertThat(statuses.tasks()).hasSize(60);
        assertThat(statuses.count(TaskStatus.GREEN)).isPositive();
        assertThat(statuses.count(TaskStatus.RED) + statuses.count(TaskStatus.YELLOW))
                .isPositive();

        try (XSSFWorkbook book = new XSSFWorkbook(
                new java.io.ByteArrayInputStream(ledger.export(planId, null).content()))) {
            var sheet = book.getSheetAt(0);
            List<String> progress = new ArrayList<>();
            for (var row : sheet) {
                var cell = row.getCell(8);
                if (cell != null && cell.getStringCellValue().contains("月")) {
                    progress.add(cell.getStringCellValue());
                }
            }
            assertThat(progress).hasSizeGreaterThanOrEqualTo(55);
        }

        List<String> open = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(open.get(0)).isEqualTo("username,period_id,task_id,unit_id");
        assertThat(open).hasSize(1 + (int) assignments);
        assertThat(summary.openReportKeys()).isEqualTo((int) assignments);
        String reporter = open.get(1).split(",")[0];
        assertThat(reporter).matches("demo-c01-u\\d\\d-r");
        assertThat(login(reporter, summary.password())).isEqualTo("/my");
        assertThat(login(reporter, "wrong-" + summary.password())).isEqualTo("/login?error");
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .session(new MockHttpSession())
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private List<String> states(long planId) {
        return jdbc.sql("select state from reporting_period where plan_id = ? order by starts_on")
                .param(planId)
                .query(String.class)
                .list();
    }

    private int count(String sql, long planId) {
        return jdbc.sql(sql).param(planId).query(Integer.class).single();
    }
}

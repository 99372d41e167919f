package org.greenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.accounts.TestActors;
import org.greenplan.assessment.Assessments;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One reading date for a plan ({@code Supervision.asOf}): the scenario's 2022 plan, whose last period ends on
 * 30 June 2022, is read on that day everywhere no date is asked for, and a close-out (销号) the office decides
 * after the year (15 February 2023) shows as 已完成 on the dashboard, the public page, the ledger, the task
 * page and the assessment alike, while a reading of an earlier day does not count it yet.
 */
@IntegrationTest
class PlanReadingDateIntegrationTests {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    Assessments assessments;

    @Autowired
    MockMvc mvc;

    long planId;
    long strawTaskId;
    SupervisedTask closed;

    @BeforeEach
    void closeOutOneTaskAfterTheYear() throws Exception {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
        strawTaskId = scenario.straw().taskId();
        closed = supervision.ofPlan(planId, SupervisionScenario.june30()).tasks().stream()
                .filter(t -> t.reason().code().equals("COMPLETED_REPORTED"))
                .findFirst()
                .orElseThrow();
        mvc.perform(multipart("/my/tasks/" + closed.taskId() + "/closeout")
                        .file(new MockMultipartFile("files", "验收报告.pdf", "application/pdf", PDF))
                        .param("statement", "项目已全部建成并验收。")
                        .with(TestActors.reporter(closed.unitIds().get(0))))
                .andExpect(status().is3xxRedirection());
        long requestId = jdbc.sql("select id from closeout_request where task_id = ? and state = 'PENDING'")
                .param(closed.taskId())
                .query(Long.class)
                .single();
        mvc.perform(post("/office/closeouts/" + requestId + "/approve")
                        .param("version", "0")
                        .param("note", "验收后核验通过")
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("update closeout_request set decided_at = timestamptz '2023-02-15 10:00+08' where id = ?")
                .param(requestId)
                .update();
        mvc.perform(post("/office/plans/" + planId + "/public")
                        .param("public", "true")
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aPlanIsReadOnTheLastDayOfItsReportingEverywhere() throws Exception {
        assertThat(supervision.asOf(planId)).isEqualTo(SupervisionScenario.june30());
        assertThat(dashboard().get("on").asString()).isEqualTo("2022-06-30");
        assertThat(taskPage()).contains("按 2022-06-30 计算");
        assertThat(targetsPanel()).contains("评价日期：2022-06-30");
        assertThat(publicPage().select("caption").first().text()).contains("2022-06-30");
        assertThat(assessments.sheet(SupervisionScenario.office(), planId, null).on())
                .isEqualTo(SupervisionScenario.june30());
    }

    /** The targets panel of the scenario's straw task, loaded as its task page loads it (no date asked). */
    private String targetsPanel() throws Exception {
        return mvc.perform(
                        get("/plans/{p}/tasks/{t}/targets", planId, strawTaskId).with(TestActors.leader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCloseOutAfterTheYearShowsTheSameOnDashboardPublicPageLedgerAndTaskPage() throws Exception {
        JsonNode dashboard = dashboard();
        JsonNode completed = count(dashboard, TaskStatus.COMPLETED);
        assertThat(completed.get("count").asInt()).isEqualTo(1);
        String list = mvc.perform(get(completed.get("href").asString()).with(TestActors.leader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(list).select("tbody tr")).hasSize(1);
        assertThat(Jsoup.parse(list).select("tbody tr").text()).contains(closed.number());

        Element row = publicPage().select("tbody tr").stream()
                .filter(r -> r.select("th").text().equals(closed.number()))
                .findFirst()
                .orElseThrow();
        assertThat(row.select("span.status").text()).isEqualTo("已完成");

        assertThat(ledgerStatus(null)).isEqualTo("已完成");
        assertThat(taskPage()).contains("已完成").contains("验收后核验通过");
        assertThat(supervision
                        .ofTask(planId, closed.taskId(), supervision.asOf(planId))
                        .orElseThrow()
                        .status())
                .isEqualTo(TaskStatus.COMPLETED);
        assertThat(assessments.sheet(SupervisionScenario.office(), planId, null).scores().stream()
                        .mapToInt(s -> s.completed())
                        .sum())
                .isEqualTo(closed.unitIds().size());
    }

    @Test
    void aReadingOfAnEarlierDayDoesNotCountALaterCloseOut() throws Exception {
        assertThat(ledgerStatus("2022-05-31")).isNotEqualTo("已完成");
        assertThat(supervision
                        .ofTask(planId, closed.taskId(), LocalDate.of(2022, 6, 29))
                        .orElseThrow()
                        .status())
                .isEqualTo(TaskStatus.GREEN);
        long april = jdbc.sql("select id from reporting_period where plan_id = ? order by starts_on limit 1")
                .param(planId)
                .query(Long.class)
                .single();
        JsonNode aprilData = json("/leader/dashboard/data?plan=" + planId + "&period=" + april);
        assertThat(aprilData.get("on").asString()).isEqualTo("2022-04-30");
        assertThat(count(aprilData, TaskStatus.COMPLETED).get("count").asInt()).isZero();
    }

    private JsonNode dashboard() throws Exception {
        return json("/leader/dashboard/data?plan=" + planId);
    }

    private JsonNode json(String url) throws Exception {
        return JSON.readTree(mvc.perform(get(url).with(TestActors.leader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode count(JsonNode data, TaskStatus status) {
        for (JsonNode s : data.get("statuses")) {
            if (s.get("key").asString().equals(status.name())) {
                return s;
            }
        }
        throw new AssertionError("no count for " + status);
    }

    private String taskPage() throws Exception {
        return mvc.perform(get("/plans/" + planId + "/tasks/" + closed.taskId() + "/status")
                        .with(TestActors.leader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private org.jsoup.nodes.Document publicPage() throws Exception {
        return Jsoup.parse(mvc.perform(get("/public/plans/" + planId))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** @return the first line of the closed task's 状态 cell in the ledger, read on the day or by default */
    private String ledgerStatus(String on) throws Exception {
        var request = get("/plans/{id}/ledger.xlsx", planId).with(TestActors.office());
        if (on != null) {
            request.param("on", on);
        }
        byte[] xlsx = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (new DataFormatter().formatCellValue(row.getCell(0)).equals(closed.number())) {
                    return row.getCell(9)
                            .getStringCellValue()
                            .lines()
                            .findFirst()
                            .orElseThrow();
                }
            }
        }
        throw new AssertionError("no ledger row " + closed.number());
    }
}

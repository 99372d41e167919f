package org.greenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.accounts.TestActors;
import org.greenplan.assessment.Assessments;
import org.greenplan.assessment.ScoreSheet;
import org.greenplan.assessment.UnitScore;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaders' numbers agree wherever they are shown (issue 10, "done when"): on the shared three-month scenario,
 * with one task closed out by the office, the dashboard, the ledger, the briefing and the assessment count the
 * same tasks in each status on 30 June 2022, in total and per unit. Each surface is read the way its user gets
 * it (JSON, the .xlsx download, the stored briefing, the score sheet), not from {@code Supervision} itself.
 */
@IntegrationTest
class LeadersNumbersAgreeIntegrationTests {
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
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    SupervisionScenario scenario;
    long planId;
    long juneId;
    long closedTaskId;

    @BeforeEach
    void scenarioWithOneTaskClosedOut() throws Exception {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
        juneId = scenario.periodIds().get(2);
        SupervisedTask reportedComplete = supervision.ofPlan(planId, SupervisionScenario.june30()).tasks().stream()
                .filter(t -> t.reason().code().equals("COMPLETED_REPORTED"))
                .findFirst()
                .orElseThrow();
        closedTaskId = reportedComplete.taskId();
        long lead = reportedComplete.unitIds().get(0);
        mvc.perform(multipart("/my/tasks/" + closedTaskId + "/closeout")
                        .file(new MockMultipartFile("files", "验收报告.pdf", "application/pdf", PDF))
                        .param("statement", "项目已全部建成并验收。")
                        .with(TestActors.reporter(lead)))
                .andExpect(status().is3xxRedirection());
        long requestId = jdbc.sql("select id from closeout_request where task_id = ? and state = 'PENDING'")
                .param(closedTaskId)
                .query(Long.class)
                .single();
        mvc.perform(post("/office/closeouts/" + requestId + "/approve")
                        .param("version", "0")
                        .param("note", "核验通过")
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection());
        // decided within the scenario's June, so that 30 June reads it as 已完成
        jdbc.sql("update closeout_request set decided_at = timestamptz '2022-06-28 10:00+08' where id = ?")
                .param(requestId)
                .update();
    }

    @Test
    void dashboardLedgerBriefingAndAssessmentCountTheSameTasksOnThirtiethJune() throws Exception {
        PlanSupervision june = supervision.ofPlan(planId, SupervisionScenario.june30());
        assertThat(june.tasks())
                .filteredOn(t -> t.taskId() == closedTaskId)
                .extracting(SupervisedTask::status)
                .containsExactly(TaskStatus.COMPLETED);

        Map<TaskStatus, Integer> dashboard = dashboardCounts();
        Map<TaskStatus, Integer> ledger = ledgerCounts();
        Map<TaskStatus, Integer> assessment = assessmentTotals();

        assertThat(dashboard.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(34);
        assertThat(dashboard.get(TaskStatus.COMPLETED)).isEqualTo(1);
        assertThat(dashboard.get(TaskStatus.RED))
                .as("the silent unit's tasks at least")
                .isPositive();
        assertThat(ledger).isEqualTo(dashboard);
        assertThat(briefingCounts())
                .containsExactly(
                        dashboard.get(TaskStatus.COMPLETED),
                        dashboard.get(TaskStatus.RED),
                        dashboard.get(TaskStatus.STAGNANT),
                        34);

        // per unit: the dashboard's unit breakdown and the assessment's score sheet
        Map<Long, Map<TaskStatus, Integer>> dashboardUnits = dashboardUnitCounts();
        ScoreSheet sheet = assessments.sheet(SupervisionScenario.office(), planId, juneId);
        assertThat(sheet.scores()).hasSize(dashboardUnits.size());
        for (UnitScore score : sheet.scores()) {
            assertThat(unitCounts(score)).as(score.unitName()).isEqualTo(dashboardUnits.get(score.unitId()));
        }
        // the assessment counts a task once for each of its units: the closed task once per unit
        assertThat(assessment.get(TaskStatus.COMPLETED)).isEqualTo(unitsOf(june, closedTaskId));
    }

    private Map<TaskStatus, Integer> dashboardCounts() throws Exception {
        JsonNode data = dashboardData();
        Map<TaskStatus, Integer> counts = zeroes();
        for (JsonNode s : data.get("statuses")) {
            counts.put(
                    TaskStatus.valueOf(s.get("key").asString()), s.get("count").asInt());
        }
        return counts;
    }

    private Map<Long, Map<TaskStatus, Integer>> dashboardUnitCounts() throws Exception {
        Map<Long, Map<TaskStatus, Integer>> units = new HashMap<>();
        for (JsonNode unit : dashboardData().get("units")) {
            Map<TaskStatus, Integer> counts = zeroes();
            for (JsonNode s : unit.get("statuses")) {
                counts.put(
                        TaskStatus.valueOf(s.get("key").asString()),
                        s.get("count").asInt());
            }
            units.put(unit.get("id").asLong(), counts);
        }
        return units;
    }

    private JsonNode dashboardData() throws Exception {
        String body = mvc.perform(get("/leader/dashboard/data?plan=" + planId + "&period=" + juneId)
                        .with(TestActors.leader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    /** Counts the first line of the ledger's 状态 column (绿灯, 红灯, 已完成 …) by the status it names. */
    private Map<TaskStatus, Integer> ledgerCounts() throws Exception {
        byte[] xlsx = mvc.perform(get("/plans/{id}/ledger.xlsx", planId)
                        .param("on", "2022-06-30")
                        .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, TaskStatus> byWord = new HashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            byWord.put(messages.getMessage(s.messageKey(), null, Locale.SIMPLIFIED_CHINESE), s);
        }
        Map<TaskStatus, Integer> counts = zeroes();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) { // a title row, then the headers
                Row row = sheet.getRow(r);
                String word =
                        row.getCell(9).getStringCellValue().lines().findFirst().orElseThrow();
                TaskStatus read = byWord.get(word);
                assertThat(read).as("row %d status %s", r, word).isNotNull();
                counts.merge(read, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** @return completed, red, stagnant and total tasks as the June briefing stored (and printed) them */
    private List<Integer> briefingCounts() throws Exception {
        mvc.perform(post("/office/briefings")
                        .param("planId", String.valueOf(planId))
                        .param("periodId", String.valueOf(juneId))
                        .param("nextSteps", "")
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("""
                        select tasks_completed, tasks_red, tasks_stagnant, tasks_total from briefing
                        where id = (select max(id) from briefing)""")
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    private Map<TaskStatus, Integer> assessmentTotals() {
        Map<TaskStatus, Integer> totals = zeroes();
        for (UnitScore score :
                assessments.sheet(SupervisionScenario.office(), planId, juneId).scores()) {
            unitCounts(score).forEach((s, n) -> totals.merge(s, n, Integer::sum));
        }
        return totals;
    }

    private static Map<TaskStatus, Integer> unitCounts(UnitScore score) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        counts.put(TaskStatus.GREEN, score.green());
        counts.put(TaskStatus.YELLOW, score.yellow());
        counts.put(TaskStatus.RED, score.red());
        counts.put(TaskStatus.STAGNANT, score.stagnant());
        counts.put(TaskStatus.COMPLETED, score.completed());
        counts.put(TaskStatus.CANCELLED, score.cancelled());
        return counts;
    }

    private static int unitsOf(PlanSupervision plan, long taskId) {
        return plan.tasks().stream()
                .filter(t -> t.taskId() == taskId)
                .findFirst()
                .orElseThrow()
                .unitIds()
                .size();
    }

    private static Map<TaskStatus, Integer> zeroes() {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, 0);
        }
        return counts;
    }
}

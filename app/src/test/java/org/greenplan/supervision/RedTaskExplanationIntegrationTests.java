package org.greenplan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A red task asks its unit for an explanation (存在问题) and a corrective step (下一步计划) in its next
 * report: the July report of the unit that never reported April–June.
 */
@IntegrationTest
class RedTaskExplanationIntegrationTests {
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    MockMvc mvc;

    SupervisionScenario scenario;
    long july;
    long taskId;
    long unit;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        unit = scenario.silentUnitId();
        LocalDate start = LocalDate.of(2022, 7, 1);
        july = jdbc.sql("""
                        insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on,
                            grace_until, state)
                        values (?, '2022-07', ?, ?, ?, ?, ?, 'OPEN') returning id""")
                .params(
                        scenario.straw().planId(),
                        start,
                        start.withDayOfMonth(31),
                        start.withDayOfMonth(25),
                        start.withDayOfMonth(21),
                        start.withDayOfMonth(25))
                .query(Long.class)
                .single();
        taskId = scenario.taskIds().stream()
                .filter(t -> jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                                .param(t)
                                .query(Long.class)
                                .single()
                        == unit)
                .findFirst()
                .orElseThrow();
    }

    @Autowired
    org.greenplan.progress.ExplanationPolicy policy;

    @Autowired
    org.greenplan.plan.PlanCatalog catalog;

    @Autowired
    org.greenplan.periods.ReportingPeriods periods;

    @Test
    void theFormsReadingOfTheHeldTaskAndPeriodAsksWhatTheReadingByIdsAsks() {
        long planId = scenario.straw().planId();
        var period = periods.find(july).orElseThrow();
        int asked = 0;
        for (var task : catalog.tasks(planId, null)) {
            for (var assigned : task.units()) {
                var byIds = policy.explanationAsked(planId, task.id(), assigned.unitId(), july);
                assertThat(policy.explanationAsked(task, period, assigned.unitId()))
                        .as("task %s, unit %s", task.number(), assigned.unitId())
                        .isEqualTo(byIds);
                asked += byIds.isEmpty() ? 0 : 1;
            }
        }
        assertThat(asked).as("the silent unit's tasks at least").isPositive();
    }

    @Test
    void theFormShowsWhyTheTaskIsRedAndRefusesASubmissionWithoutExplanationAndCorrectiveStep() throws Exception {
        String form = "/my/reports/periods/" + july + "/tasks/" + taskId;
        mvc.perform(get(form).with(TestActors.reporter(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"explanation-asked\"")))
                .andExpect(content().string(Matchers.containsString("未按期报送 2022-06 的进展（截止 2022-06-24）")));

        mvc.perform(post(form + "/submission")
                        .with(csrf())
                        .with(TestActors.reporter(unit))
                        .param("progress", "7月：已启动。")
                        .param("problems", " ")
                        .param("nextSteps", "")
                        .param("rowVersion", "0"))
                .andExpect(content().string(Matchers.containsString("本任务为红灯，请说明原因（存在问题）。")))
                .andExpect(content().string(Matchers.containsString("本任务为红灯，请写明整改措施（下一步计划）。")));
        assertThat(submittedJulyReports()).isZero();

        mvc.perform(post(form + "/submission")
                        .with(csrf())
                        .with(TestActors.reporter(unit))
                        .param("progress", "7月：已启动。")
                        .param("problems", "4—6月人员调整，未按期报送。")
                        .param("nextSteps", "明确专人负责，每月 20 日前报送。")
                        .param("rowVersion", "0"))
                .andExpect(status().isFound()); // a plain post that succeeded is redirected to the report
        assertThat(submittedJulyReports()).isEqualTo(1);
    }

    @Test
    void theApiRefusesTheSameSubmissionWithProblemJsonNamingTheFields() throws Exception {
        String url = "/api/periods/" + july + "/tasks/" + taskId + "/report";
        mvc.perform(put(url).with(csrf())
                        .with(TestActors.reporter(unit))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"progress\": \"7月：已启动。\", \"problems\": \"\", \"nextSteps\": \"\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT"));

        mvc.perform(post(url + "/submission")
                        .with(csrf())
                        .with(TestActors.reporter(unit))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + draftVersion() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("problems"))
                .andExpect(jsonPath("$.errors[1].field").value("nextSteps"));
        assertThat(submittedJulyReports()).isZero();
    }

    @Test
    void aPlanThatSwitchesTheRuleOffAsksForNothing() throws Exception {
        mvc.perform(post("/office/plans/" + scenario.straw().planId() + "/supervision")
                        .with(csrf())
                        .with(TestActors.office())
                        .param("stagnationDays", "30")
                        .param("lateReportYellow", "true")
                        .param("coUnitReports", "true")
                        .param("version", "-1"))
                .andExpect(status().is3xxRedirection());

        String form = "/my/reports/periods/" + july + "/tasks/" + taskId;
        mvc.perform(get(form).with(TestActors.reporter(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"explanation-asked\""))));
        mvc.perform(post(form + "/submission")
                        .with(csrf())
                        .with(TestActors.reporter(unit))
                        .param("progress", "7月：已启动。")
                        .param("problems", "")
                        .param("nextSteps", "")
                        .param("rowVersion", "0"))
                .andExpect(status().isFound());
        assertThat(submittedJulyReports()).isEqualTo(1);
    }

    private int draftVersion() {
        return jdbc.sql("select row_version from progress_report where period_id = ? and task_id = ?")
                .params(july, taskId)
                .query(Integer.class)
                .single();
    }

    private long submittedJulyReports() {
        return jdbc.sql(
                        "select count(*) from progress_report where period_id = ? and task_id = ? and state = 'SUBMITTED'")
                .params(july, taskId)
                .query(Long.class)
                .single();
    }
}

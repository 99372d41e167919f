package org.greenplan.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.CountingStatements;
import org.greenplan.CountingStatements.Counted;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What one report costs the database at the deadline: the statements of the unit's report form (GET) and of
 * its submission (POST) in the 宿州 scenario's open June period, for a task whose unit has not reported yet.
 */
@IntegrationTest
@Import(CountingStatements.class)
class ReportFormQueriesIntegrationTests {
    private static final Pattern VERSION = Pattern.compile("name=\"rowVersion\" value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    SupervisionScenario scenario;
    long unitId;
    String form;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        SecurityContextHolder.clearContext();
        long taskId = scenario.taskIds().get(5); // i % 5 == 0: not reported in June
        unitId = jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(taskId)
                .query(Long.class)
                .single();
        form = "/my/reports/periods/" + scenario.periodIds().get(2) + "/tasks/" + taskId;
    }

    @Test
    void theReportFormAndItsSubmissionReadTheTaskOnceAndOnlyItsReports() {
        Counted<String> page = CountingStatements.during(() -> html(get(form)));
        var formSql = CountingStatements.lastStatements();
        Matcher version = VERSION.matcher(page.value());
        assertThat(version.find()).isTrue();

        // as the page posts it, through htmx (a plain post is redirected to the form instead)
        Counted<String> submitted = CountingStatements.during(() -> html(post(form + "/submission")
                .header("HX-Request", "true")
                .param("rowVersion", version.group(1))
                .param("progress", "本月按计划推进，已完成阶段性工作。")
                .param("problems", "部分项目资金尚未到位。")
                .param("nextSteps", "下一步继续加强调度。")
                .param("completion", "60")));
        var submitSql = CountingStatements.lastStatements();

        // before the narrowing (main at 821e985): form 34 statements, submission 70; the submission's 57th is the
        // unit workspace's generation, raised in its transaction so `/my` never shows a kept answer from before it;
        // one more each (form 28, submission 58) reads the aggregation the office chose for the targets: what each
        // value field asks for, 本期新增 or 截至本期末
        assertThat(page.statements()).as("form: %s", formSql).isLessThanOrEqualTo(28);
        assertThat(submitted.statements()).as("submission: %s", submitSql).isLessThanOrEqualTo(58);
        assertThat(count(submitSql, "insert into unit_workspace_unit_generation"))
                .as("the unit's workspace generation raised once")
                .isEqualTo(1);
        assertThat(count(formSql, "from task where plan_id = ? and id = ?"))
                .as("the task is read once for the form and its red-task check")
                .isEqualTo(1);
        assertThat(count(submitSql, "from task where plan_id = ? and id = ?"))
                .as("once for the submission, once for the page it answers with")
                .isEqualTo(2);
        assertThat(count(formSql, "select day, kind, name from calendar_day"))
                .as("the calendar once")
                .isEqualTo(1);
        assertThat(formSql.stream().filter(sql -> sql.contains("min(v.submitted_at)")))
                .as("only the task's reports are read for its timeliness")
                .singleElement()
                .asString()
                .contains("r.task_id = any(?)");
        assertThat(submitted.value()).contains("gp-notice");
        assertThat(jdbc.sql("select state from progress_report where task_id = ? and unit_id = ? and period_id = ?")
                        .params(
                                scenario.taskIds().get(5),
                                unitId,
                                scenario.periodIds().get(2))
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");
    }

    private static long count(java.util.List<String> statements, String text) {
        return statements.stream().filter(sql -> sql.contains(text)).count();
    }

    private String html(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request.with(TestActors.reporter(unitId)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

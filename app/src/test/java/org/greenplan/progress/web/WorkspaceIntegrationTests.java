package org.greenplan.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ReportFixture;
import org.greenplan.progress.ReportOverview;
import org.greenplan.progress.UnitWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The unit's workspace (/my, /my/periods/{id}), the submission matrix and the review queue on the published
 * 宿州 plan, June 2022 (lead due 2022-06-24, co-units 2022-06-22, on time until 2022-06-27), signed in as
 * 市农业农村局 (task 10, 秸秆综合利用率).
 */
@IntegrationTest
class WorkspaceIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitWorkspace workspace;

    @Autowired
    ReportOverview overview;

    PublishedStrawTarget straw;
    long periodId;
    long unitId;
    long otherUnitId;
    int unitTasks;
    String page;

    @BeforeEach
    void publish() {
        ReportFixture fixture = ReportFixture.publish(importer, jdbc, "OPEN");
        straw = fixture.straw();
        periodId = fixture.periodId();
        unitId = fixture.strawUnitId();
        otherUnitId = fixture.otherUnitId();
        unitTasks = jdbc.sql("""
                        select count(distinct a.task_id) from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.unit_id = ?""")
                .params(straw.planId(), unitId)
                .query(Integer.class)
                .single();
        page = "/my/periods/" + periodId;
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor actor) throws Exception {
        return mvc.perform(request.with(actor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder save(String action, int version, String value) {
        return post(page + "/tasks/" + straw.taskId() + "/" + action)
                .header("HX-Request", "true")
                .param("rowVersion", String.valueOf(version))
                .param("progress", "秸秆离田利用有序推进")
                .param("value-" + straw.targetId(), value);
    }

    private String state(long taskId) {
        return jdbc.sql("select state from progress_report where task_id = ? and unit_id = ? and period_id = ?")
                .params(taskId, unitId, periodId)
                .query(String.class)
                .single();
    }

    private long reportId() {
        return jdbc.sql("select id from progress_report where task_id = ? and unit_id = ?")
                .params(straw.taskId(), unitId)
                .query(Long.class)
                .single();
    }

    private int version(long reportId) {
        return jdbc.sql("select row_version from progress_report where id = ?")
                .param(reportId)
                .query(Integer.class)
                .single();
    }

    @Test
    void theWorkspaceListsEveryTaskOfTheOpenPeriodWithDueDateStateAndThePlanToAcknowledge() throws Exception {
        String body = html(get("/my"), TestActors.reporter(unitId));

        assertThat(body.split("gp-due-item", -1)).hasSize(unitTasks + 1);
        assertThat(body).contains("data-task=\"" + straw.taskId() + "\" data-state=\"NOT_STARTED\"");
        assertThat(body).contains("截止 2022-06-24").contains("未填报").contains("已逾期");
        assertThat(body).contains("/my/plans/" + straw.planId() + "/acknowledge");
        assertThat(body).contains("/my/periods/" + periodId);
        assertThat(body)
                .as("a unit's menu leads to its workspace, not to the office's plan and unit pages")
                .contains("class=\"navbar-brand fw-semibold\" href=\"/my\"")
                .doesNotContain("href=\"/units\"");
    }

    @Test
    void thePeriodPageSavesOneTaskThroughHtmxShowsItsErrorsAndRefusesAStaleVersion() throws Exception {
        String whole = html(get(page), TestActors.reporter(unitId));
        assertThat(whole.split("class=\"card mb-3 gp-task-card\"", -1)).hasSize(unitTasks + 1);

        String refused = html(save("draft", 0, "N/A"), TestActors.reporter(unitId));
        assertThat(refused).startsWith("<div id=\"task-" + straw.taskId() + "\"");
        assertThat(refused).contains("is-invalid").contains("value=\"N/A\"").contains("秸秆离田利用有序推进");
        assertThat(jdbc.sql("select count(*) from progress_report")
                        .query(Long.class)
                        .single())
                .isZero();

        String saved = html(save("draft", 0, "88.5"), TestActors.reporter(unitId));
        assertThat(saved)
                .contains("data-state=\"DRAFT\"")
                .contains("value=\"88.5\"")
                .doesNotContain("is-invalid");
        assertThat(state(straw.taskId())).isEqualTo("DRAFT");

        String stale = html(save("draft", 0, "90"), TestActors.reporter(unitId));
        assertThat(stale).contains("gp-error").contains("value=\"90\"");
        assertThat(jdbc.sql("select typed from progress_report_value")
                        .query(String.class)
                        .single())
                .isEqualTo("88.5");
    }

    @Test
    void withoutHtmxARefusedTaskShowsThePeriodPageWithWhatWasTyped() throws Exception {
        String page = mvc.perform(post(this.page + "/tasks/" + straw.taskId() + "/draft")
                        .param("rowVersion", "0")
                        .param("progress", "秸秆离田利用有序推进，已建收储点12个")
                        .param("value-" + straw.targetId(), "N/A")
                        .with(TestActors.reporter(unitId)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("<html")
                .contains("秸秆离田利用有序推进，已建收储点12个")
                .contains("value=\"N/A\"")
                .contains("“N/A”不是数值")
                .contains("写在“进展情况”里")
                .doesNotContain("写在备注里")
                .doesNotContain("confirm-" + straw.targetId());
        assertThat(page.split("class=\"card mb-3 gp-task-card\"", -1)).hasSize(unitTasks + 1);
        assertThat(jdbc.sql("select count(*) from progress_report")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDoubtfulValueOffersTheConfirmBoxAndIsStoredOnceConfirmed() throws Exception {
        String doubtful = html(save("draft", 0, "0.92"), TestActors.reporter(unitId));
        assertThat(doubtful).contains("is-invalid").contains("name=\"confirm-" + straw.targetId() + "\"");

        String confirmed =
                html(save("draft", 0, "0.92").param("confirm-" + straw.targetId(), "1"), TestActors.reporter(unitId));
        assertThat(confirmed).contains("data-state=\"DRAFT\"").doesNotContain("is-invalid");
    }

    @Test
    void submitAllDraftsSubmitsTheSavedDraftsAndNamesTheOnesItCannot() throws Exception {
        html(save("draft", 0, "88.5"), TestActors.reporter(unitId));
        long other = jdbc.sql("""
                        select a.task_id from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.unit_id = ? and a.task_id <> ? order by t.position limit 1""")
                .params(straw.planId(), unitId, straw.taskId())
                .query(Long.class)
                .single();
        mvc.perform(post(page + "/tasks/" + other + "/draft")
                        .param("rowVersion", "0")
                        .param("problems", "只写了问题")
                        .with(TestActors.reporter(unitId)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(page + "/submission").with(TestActors.reporter(unitId)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已报送 1 份草稿。"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("请填写进展情况后再报送")));

        assertThat(state(straw.taskId())).isEqualTo("SUBMITTED");
        assertThat(state(other)).isEqualTo("DRAFT");
        assertThat(html(get("/my"), TestActors.reporter(unitId)))
                .contains("data-task=\"" + straw.taskId() + "\" data-state=\"SUBMITTED\"")
                .contains("逾期报送");
    }

    @Test
    void anotherUnitsReporterCannotReadThisUnitsPeriod() throws Exception {
        Actor other = new Actor(7, "other", "其他单位", otherUnitId, Set.of(Role.UNIT_REPORTER), false);

        assertThatThrownBy(() -> workspace.period(other, periodId, unitId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workspace.due(other, unitId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overview.ofUnit(other, periodId, unitId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overview.ofPeriod(other, periodId)).isInstanceOf(AccessDeniedException.class);
        long unassigned =
                jdbc.sql("""
                        select min(id) from responsible_unit where id not in
                        (select a.unit_id from assignment a join task t on t.id = a.task_id where t.plan_id = ?)""").param(straw.planId()).query(Long.class).optional().orElse(-1L);
        if (unassigned > 0) {
            mvc.perform(get(page).with(TestActors.reporter(unassigned))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/office/review").with(TestActors.reporter(unitId))).andExpect(status().isForbidden());
    }

    @Test
    void theBrowserTabsNameThePeriodAsPeopleReadIt() throws Exception {
        assertThat(jdbc.sql("select label from reporting_period where id = ?")
                        .param(periodId)
                        .query(String.class)
                        .single())
                .isEqualTo("2022-06");
        String matrix = "/office/plans/" + straw.planId() + "/periods/" + periodId + "/matrix";
        String form = "/my/reports/periods/" + periodId + "/tasks/" + straw.taskId();
        String number = jdbc.sql("select number from task where id = ?")
                .param(straw.taskId())
                .query(String.class)
                .single();

        assertThat(tabTitle(html(get(page), TestActors.reporter(unitId)))).endsWith(" · 2022年6月 · 绿色发展行动督办平台");
        assertThat(tabTitle(html(get(form), TestActors.reporter(unitId))))
                .isEqualTo("任务 " + number + " · 2022年6月 进展报送 · 绿色发展行动督办平台");
        assertThat(tabTitle(html(get(matrix), TestActors.office()))).isEqualTo("报送情况 2022年6月 · 绿色发展行动督办平台");
        assertThat(tabTitle(html(get(matrix).param("lang", "en"), TestActors.office())))
                .startsWith("Submissions June 2022 · ");
    }

    private static String tabTitle(String html) {
        java.util.regex.Matcher title =
                java.util.regex.Pattern.compile("<title>([^<]*)</title>").matcher(html);
        assertThat(title.find()).as("the page has a title").isTrue();
        return title.group(1);
    }

    @Test
    void theMatrixCountsOnTimeLateAndMissingAndLinksTheReport() throws Exception {
        html(save("submission", 0, "88.5"), TestActors.reporter(unitId));
        long expected = jdbc.sql("""
                        select count(distinct (a.unit_id, a.task_id)) from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ?""").param(straw.planId()).query(Long.class).single();
        String matrix = "/office/plans/" + straw.planId() + "/periods/" + periodId + "/matrix";

        String late = html(get(matrix), TestActors.office());
        assertThat(late).contains("id=\"count-expected\">" + expected + "<");
        assertThat(late).contains("id=\"count-submitted\">1<").contains("id=\"count-late\">1<");
        assertThat(late).contains("id=\"count-on-time\">0<").contains("id=\"count-missing\">" + (expected - 1) + "<");
        assertThat(late).contains("href=\"/office/reports/" + reportId() + "\"");

        jdbc.sql("""
                        insert into extension_request (period_id, unit_id, task_id, original_due_on, requested_due_on,
                            reason, state, filed_at, filed_by, granted_due_on, decided_at, decided_by)
                        values (?, ?, ?, date '2022-06-24', date '2099-06-30', '秸秆数据待统计局确认', 'GRANTED', now(),
                            '填报员', date '2099-06-30', now(), '市绿色办')""").params(periodId, unitId, straw.taskId()).update();
        String onTime = html(get(matrix + "?by=task"), TestActors.office());
        assertThat(onTime).contains("id=\"count-on-time\">1<").contains("id=\"count-late\">0<");
        assertThat(onTime).contains("data-timeliness=\"ON_TIME\"");
    }

    @Test
    void beforeItsDueDateAnUnsubmittedReportIsNotDueNotMissingInTheMatrixAndTheDashboard() throws Exception {
        // the running period: due on 2099-06-25 (co-units 2099-06-23), as 2026-12 is on 2026-12-07
        jdbc.sql("""
                        update reporting_period set due_on = date '2099-06-25', co_unit_due_on = date '2099-06-23',
                            grace_until = date '2099-06-26' where id = ?""").param(periodId).update();
        html(save("submission", 0, "88.5"), TestActors.reporter(unitId));
        long expected = jdbc.sql("""
                        select count(distinct (a.unit_id, a.task_id)) from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ?""").param(straw.planId()).query(Long.class).single();

        String matrix =
                html(get("/office/plans/" + straw.planId() + "/periods/" + periodId + "/matrix"), TestActors.office());
        assertThat(matrix).contains("id=\"count-expected\">" + expected + "<");
        assertThat(matrix).contains("id=\"count-submitted\">1<").contains("id=\"count-on-time\">1<");
        assertThat(matrix).contains("id=\"count-missing\">0<").contains("id=\"count-not-due\">" + (expected - 1) + "<");
        assertThat(matrix).contains("data-timeliness=\"NOT_DUE\"").doesNotContain("data-timeliness=\"MISSING\"");

        String dashboard = "/leader/dashboard/data?plan=" + straw.planId() + "&period=" + periodId;
        tools.jackson.databind.JsonNode late = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(html(get(dashboard), TestActors.leader()))
                .get("rankings")
                .get(2);
        assertThat(late.get("key").asString()).isEqualTo("LATE");
        assertThat(late.get("units")).isEmpty();
        String missing = html(
                get("/leader/dashboard/tasks?plan=" + straw.planId() + "&period=" + periodId
                        + "&timeliness=LATE&timeliness=MISSING"),
                TestActors.leader());
        assertThat(missing).doesNotContain("data-timeliness=\"MISSING\"");
    }

    @Test
    void theFormSaysWhetherATargetTakesThisPeriodsIncreaseOrTheValueAtThePeriodsEnd() throws Exception {
        String form = "/my/reports/periods/" + periodId + "/tasks/" + straw.taskId();
        String entry = "data-entry=\"";

        // 秸秆综合利用率 is a rate: the latest value counts, so the form asks for the level at the period's end
        assertThat(html(get(form), TestActors.reporter(unitId)))
                .contains(entry + "LEVEL\"")
                .contains("填截至本期末的数值");
        jdbc.sql("insert into target_setting (target_id, aggregation) values (?, 'SUM')")
                .param(straw.targetId())
                .update();
        // the office made it a sum of the periods (逐月累计): each report enters its period's increase
        assertThat(html(get(form), TestActors.reporter(unitId)))
                .contains(entry + "INCREMENT\"")
                .contains("填本期新增量")
                .doesNotContain(entry + "LEVEL\"");
        assertThat(html(get(page), TestActors.reporter(unitId))).contains(entry + "INCREMENT\"");
    }

    @Test
    void theQueueApprovesInBulkReportsAChangedReportBackAndReturnsWithOneReason() throws Exception {
        html(save("submission", 0, "88.5"), TestActors.reporter(unitId));
        long id = reportId();
        assertThat(html(get("/office/review?plan=" + straw.planId()), TestActors.office()))
                .contains("data-report=\"" + id + "\"");

        mvc.perform(post("/office/review/return")
                        .param("report", id + ":" + version(id))
                        .with(TestActors.office()))
                .andExpect(flash().attribute("error", "退回时请填写理由。"));
        mvc.perform(post("/office/review/approval").param("report", id + ":0").with(TestActors.office()))
                .andExpect(flash().attribute("notice", "已审核通过 0 份报告。"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.startsWith("报告 #" + id + " 未处理")));
        assertThat(state(straw.taskId())).isEqualTo("SUBMITTED");

        mvc.perform(post("/office/review/return")
                        .param("report", id + ":" + version(id))
                        .param("reason", "请补充秸秆收储量")
                        .with(TestActors.office()))
                .andExpect(flash().attribute("notice", "已退回 1 份报告。"));
        assertThat(state(straw.taskId())).isEqualTo("RETURNED");
        assertThat(html(get(page), TestActors.reporter(unitId))).contains("退回理由：请补充秸秆收储量");

        html(save("submission", version(id), "88.5"), TestActors.reporter(unitId));
        mvc.perform(post("/office/review/approval")
                        .param("report", id + ":" + version(id))
                        .with(TestActors.office()))
                .andExpect(flash().attribute("notice", "已审核通过 1 份报告。"));
        assertThat(state(straw.taskId())).isEqualTo("APPROVED");
    }

    @Test
    void withThePlansUnitLeaderSettingOnTheLeaderApprovesFromThePeriodPageBeforeTheOffice() throws Exception {
        jdbc.sql("""
                        insert into reporting_settings (plan_id, periodicity, due_day, due_month, grace_days,
                            co_unit_lead_days, shift, unit_leader_approval)
                        values (?, 'MONTHLY', 25, 'PERIOD_END_MONTH', 1, 2, 'NEXT', true)""").param(straw.planId()).update();
        html(save("submission", 0, "88.5"), TestActors.reporter(unitId));
        long id = reportId();

        mvc.perform(post("/office/review/approval")
                        .param("report", id + ":" + version(id))
                        .with(TestActors.office()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("单位尚未审核")));
        assertThat(html(get(page), TestActors.reporter(unitId))).doesNotContain("gp-unit-approval");
        String leaderPage = html(get(page), TestActors.unitLeader(unitId));
        assertThat(leaderPage).contains("gp-unit-approval").contains("data-report=\"" + id + "\"");

        mvc.perform(post(page + "/reports/" + id + "/unit-approval")
                        .param("rowVersion", String.valueOf(version(id)))
                        .with(TestActors.reporter(unitId)))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/reports/" + id + "/unit-approval")
                        .param("rowVersion", String.valueOf(version(id)))
                        .with(TestActors.unitLeader(unitId)))
                .andExpect(flash().attribute("notice", "单位审核已通过，已送市绿色办审核。"));
        assertThat(state(straw.taskId())).isEqualTo("UNIT_APPROVED");

        mvc.perform(post("/office/review/approval")
                        .param("report", id + ":" + version(id))
                        .with(TestActors.office()))
                .andExpect(flash().attribute("notice", "已审核通过 1 份报告。"));
        assertThat(state(straw.taskId())).isEqualTo("APPROVED");
    }
}

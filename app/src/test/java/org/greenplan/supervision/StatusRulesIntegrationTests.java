package org.greenplan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.periods.HolidayCalendars;
import org.greenplan.periods.ReadingDates;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.PlanTimeliness;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.targets.TargetTracking;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The status rules on the shared three-month scenario: statuses computed on read change with an
 * approval, a day passing and a period closing; the settings page; the task page's status fragment.
 */
@IntegrationTest
class StatusRulesIntegrationTests {
    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    SupervisionSettingsStore settings;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    TargetTracking tracking;

    @Autowired
    ApprovedProgress approved;

    @Autowired(required = false)
    List<TaskClosures> closures = List.of();

    @Autowired
    PlanTimeliness timeliness;

    @Autowired
    HolidayCalendars calendars;

    @Autowired
    org.greenplan.periods.ReportingPeriods periods;

    @Autowired
    MockMvc mvc;

    SupervisionScenario scenario;
    long planId;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSilentUnitsTasksAreRedNamingTheUnitTheJunePeriodAndItsDueDate() {
        String silentName = unitName(scenario.silentUnitId());

        for (long taskId : tasksLedBy(scenario.silentUnitId())) {
            SupervisedTask task = supervision
                    .ofTask(planId, taskId, SupervisionScenario.june30())
                    .orElseThrow();
            assertThat(task.status()).isEqualTo(TaskStatus.RED);
            assertThat(task.reasons())
                    .filteredOn(r -> r.code().equals("REPORT_MISSING")
                            && Long.valueOf(scenario.silentUnitId()).equals(r.unitId()))
                    .extracting(StatusReason::args)
                    .containsExactly(List.of(silentName, "2022-06", "2022-06-24"));
            assertThat(task.lastUpdate()).isNull();
        }
    }

    @Test
    void approvingAReportChangesTheStatusOnTheNextRead() {
        long taskId = scenario.taskIds().get(21); // June: 100 % complete, submitted, not approved
        assertThat(supervision
                        .ofTask(planId, taskId, SupervisionScenario.june30())
                        .orElseThrow()
                        .reasons())
                .extracting(StatusReason::code)
                .doesNotContain("COMPLETED_REPORTED");

        long reportId = jdbc.sql("select id from progress_report where task_id = ? and period_id = ?")
                .params(taskId, scenario.periodIds().get(2))
                .query(Long.class)
                .single();
        ProgressReport report = reports.show(signInOffice(), reportId).report();
        reports.approve(SupervisionScenario.office(), reportId, report.rowVersion());

        SupervisedTask after =
                supervision.ofTask(planId, taskId, SupervisionScenario.june30()).orElseThrow();
        assertThat(after.status()).isEqualTo(TaskStatus.GREEN);
        assertThat(after.reasons()).extracting(StatusReason::code).containsExactly("COMPLETED_REPORTED");
    }

    @Test
    void aDayPassingOnAFixedClockTurnsAnUnsubmittedJuneReportRedAndClosingAPeriodDoesSoEarlier() {
        signInOffice();
        settings.save(new SupervisionSettings(planId, 60, true, false, true, SupervisionSettings.NOT_STORED));
        List<Long> unreported = scenario.tasksWhere(i -> i % 5 == 0 && i % 3 != 0).stream()
                .filter(t -> !tasksLedBy(scenario.silentUnitId()).contains(t))
                .toList();
        assertThat(unreported).isNotEmpty();

        PlanSupervision dueDay = onFixedClock(LocalDate.of(2022, 6, 24)).ofPlan(planId);
        PlanSupervision dayAfter = onFixedClock(LocalDate.of(2022, 6, 25)).ofPlan(planId);

        for (long taskId : unreported) {
            assertThat(codes(dueDay, taskId)).doesNotContain("REPORT_MISSING");
            assertThat(codes(dayAfter, taskId)).contains("REPORT_MISSING");
            assertThat(statusOf(dayAfter, taskId)).isEqualTo(TaskStatus.RED);
        }
        assertThat(dayAfter.count(TaskStatus.RED)).isGreaterThan(dueDay.count(TaskStatus.RED));

        LocalDate june20 = LocalDate.of(2022, 6, 20);
        assertThat(codes(supervision.ofPlan(planId, june20), unreported.get(0))).doesNotContain("REPORT_MISSING");
        jdbc.sql("update reporting_period set state = 'CLOSED', closed_at = timestamptz '2022-06-20 17:00+08',"
                        + " closed_by = '市绿色办', close_reason = '提前结束' where id = ?")
                .param(scenario.periodIds().get(2))
                .update();
        assertThat(codes(supervision.ofPlan(planId, june20), unreported.get(0))).contains("REPORT_MISSING");
    }

    @Test
    void theSettingsPageSavesChecksTheVersionAndRefusesOutOfRangeValues() throws Exception {
        int redByDefault =
                supervision.ofPlan(planId, SupervisionScenario.june30()).count(TaskStatus.RED);
        String url = "/office/plans/" + planId + "/supervision";
        mvc.perform(get(url).with(TestActors.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"stagnationDays\"")))
                .andExpect(content().string(Matchers.containsString("value=\"30\"")));

        mvc.perform(post(url)
                        .with(csrf())
                        .with(TestActors.office())
                        .param("stagnationDays", "250")
                        .param("lateReportYellow", "true")
                        .param("redNeedsExplanation", "true")
                        .param("version", "-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.of(planId)).isEqualTo(new SupervisionSettings(planId, 250, true, false, true, 0));
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'SUPERVISION_SETTINGS' and entity_id = ?")
                        .param(planId)
                        .query(Long.class)
                        .single())
                .isEqualTo(4L);
        assertThat(supervision.ofPlan(planId, SupervisionScenario.june30()).count(TaskStatus.RED))
                .isLessThan(redByDefault);

        mvc.perform(post(url)
                        .with(csrf())
                        .with(TestActors.office())
                        .param("stagnationDays", "20")
                        .param("version", "-1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("设置已被他人修改")))
                .andExpect(content().string(Matchers.containsString("value=\"250\"")));
        mvc.perform(post(url)
                        .with(csrf())
                        .with(TestActors.office())
                        .param("stagnationDays", "3")
                        .param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("停滞天数须为 5 到 250 之间的整数")));
        assertThat(settings.of(planId).stagnationDays()).isEqualTo(250);
        mvc.perform(post(url)
                        .with(csrf())
                        .with(TestActors.reporter(scenario.silentUnitId()))
                        .param("stagnationDays", "20")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTaskPageLoadsTheStatusFragmentWithEveryReasonWorstFirst() throws Exception {
        long taskId = tasksLedBy(scenario.silentUnitId()).get(0);
        SupervisedTask task =
                supervision.ofTask(planId, taskId, SupervisionScenario.june30()).orElseThrow();
        String statusUrl = "/plans/" + planId + "/tasks/" + taskId + "/status";

        mvc.perform(get("/plans/" + planId + "/tasks/" + taskId).with(TestActors.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hx-get=\"" + statusUrl)));
        String html = mvc.perform(get(statusUrl).param("on", "2022-06-30").with(TestActors.leader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("按 2022-06-30 计算").contains("未按期报送 2022-06 的进展（截止 2022-06-24）");
        assertThat(html).contains(unitName(scenario.silentUnitId()));
        List<String> shown =
                org.jsoup.Jsoup.parse(html).select("li.gp-status-reason").eachAttr("data-code");
        assertThat(shown)
                .isEqualTo(task.reasons().stream().map(StatusReason::code).toList());
        assertThat(shown.get(0)).isIn("DEADLINE_PASSED", "TARGET_RED", "REPORT_MISSING");
        mvc.perform(get("/plans/" + planId + "/tasks/999999999/status").with(TestActors.office()))
                .andExpect(status().isNotFound());
    }

    private Supervision onFixedClock(LocalDate day) {
        Clock fixed = Clock.fixed(day.atTime(9, 0).atZone(OFFICE).toInstant(), OFFICE);
        return new Supervision(
                catalog,
                tracking,
                approved,
                closures,
                timeliness,
                settings,
                calendars,
                new ReadingDates(periods, fixed));
    }

    private List<Long> tasksLedBy(long unitId) {
        return scenario.taskIds().stream()
                .filter(t -> jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                                .param(t)
                                .query(Long.class)
                                .single()
                        == unitId)
                .toList();
    }

    private String unitName(long unitId) {
        return jdbc.sql("select name from responsible_unit where id = ?")
                .param(unitId)
                .query(String.class)
                .single();
    }

    private static List<String> codes(PlanSupervision plan, long taskId) {
        return task(plan, taskId).reasons().stream().map(StatusReason::code).toList();
    }

    private static TaskStatus statusOf(PlanSupervision plan, long taskId) {
        return task(plan, taskId).status();
    }

    private static SupervisedTask task(PlanSupervision plan, long taskId) {
        return plan.tasks().stream()
                .filter(t -> t.taskId() == taskId)
                .findFirst()
                .orElseThrow();
    }

    private static org.greenplan.accounts.Actor signInOffice() {
        org.greenplan.accounts.Actor office = SupervisionScenario.office();
        org.greenplan.accounts.GreenPlanUser user = org.greenplan.accounts.GreenPlanUser.of(office);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
        return office;
    }
}

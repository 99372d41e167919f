package org.greenplan.closeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Cancellation and adjustment (调整) of published tasks: requested, decided, and what changes after. */
@IntegrationTest
class ChangeRequestIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanImporter importer;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    Clock clock;

    SupervisionScenario scenario;
    long straw;
    long strawUnit;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        straw = scenario.straw().taskId();
        strawUnit = firstUnit(straw);
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void anApprovedAdjustmentAmendsTheTaskAndItsHistoryShowsOldAndNew() throws Exception {
        TaskView before = catalog.task(scenario.straw().planId(), straw).orElseThrow();
        assertThat(before.deadline()).isNull();
        MvcResult filed = mvc.perform(change(
                                "/my/tasks/" + straw + "/changes", "ADJUSTMENT", "省里下达的目标调整为 90%，完成时限提前到 11 月底。")
                        .param("newText", "推进秸秆综合利用，综合利用率达到90%以上。")
                        .param("newDeadline", "2022-11-30")
                        .param("targetId", String.valueOf(scenario.straw().targetId()))
                        .param("newValue", "90")
                        .with(reporter(strawUnit)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(CloseoutIntegrationTests.notice(filed)).startsWith("申请已提交");
        long id = pending(straw, "ADJUSTMENT");
        assertThat(catalog.task(scenario.straw().planId(), straw).orElseThrow().deadline())
                .isEqualTo(before.deadline());

        decide(id, "approve", "note", "同意按省里下达的目标调整");

        TaskView after = catalog.task(scenario.straw().planId(), straw).orElseThrow();
        assertThat(after.deadline()).isEqualTo(LocalDate.of(2022, 11, 30));
        assertThat(after.deadlineLabel()).isEqualTo("2022-11-30");
        assertThat(after.targets().get(0).value()).isEqualByComparingTo(new BigDecimal("90"));
        assertThat(after.text()).isEqualTo("推进秸秆综合利用，综合利用率达到90%以上。");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(amendments(straw))
                .containsExactly(
                        "TASK text " + before.text() + " → 推进秸秆综合利用，综合利用率达到90%以上。",
                        "TASK deadline - → 2022-11-30", // task 10 prints no deadline
                        "TARGET value 92 % → 90 %");
        String history = page("/office/audit/task/" + straw, TestActors.office());
        assertThat(history).contains("92 %", "90 %", "2022-11-30", "同意按省里下达的目标调整");
        assertThat(page("/my/tasks/" + straw + "/changes", reporter(strawUnit))).contains("已批准调整", "2022-11-30");
        assertThat(page("/plans/" + scenario.straw().planId() + "/tasks/" + straw, TestActors.office()))
                .contains("id=\"task-text\">推进秸秆综合利用，综合利用率达到90%以上。</p>", "/office/tasks/" + straw + "/changes");
        assertThat(page("/office/tasks/" + straw + "/changes", TestActors.office()))
                .contains("id=\"change-form\"", "/office/audit/task/" + straw, "同意按省里下达的目标调整");
    }

    @Test
    void theOfficeCancelsATaskItselfAndTheTasksPendingRequestsAreClosedWithIt() throws Exception {
        long task = scenario.taskIds().get(3);
        long unit = firstUnit(task);
        mvc.perform(change("/my/tasks/" + task + "/changes", "ADJUSTMENT", "请求延后")
                        .param("newDeadline", "2022-12-31")
                        .with(reporter(unit)))
                .andExpect(status().is3xxRedirection());
        long adjustment = pending(task, "ADJUSTMENT");
        mvc.perform(change("/office/tasks/" + task + "/changes", "CANCELLATION", "该项工作已并入省级专项行动，不再单列。"))
                .andExpect(status().is3xxRedirection());
        long cancellation = pending(task, "CANCELLATION");
        assertThat(jdbc.sql("select unit_id from closeout_request where id = ?")
                        .param(cancellation)
                        .query(Long.class)
                        .optional())
                .isEmpty();

        MvcResult noReason = decide(cancellation, "refuse", "reason", " ");
        assertThat(CloseoutIntegrationTests.error(noReason)).isEqualTo("退回或不予批准须填写理由。");
        MvcResult stale = mvc.perform(
                        post("/office/closeouts/" + cancellation + "/approve").param("version", "7"))
                .andReturn();
        assertThat(CloseoutIntegrationTests.error(stale)).startsWith("该申请已被他人处理或修改");
        decide(cancellation, "approve", "note", "");

        SupervisedTask cancelled = supervision
                .ofTask(scenario.straw().planId(), task, LocalDate.now(clock))
                .orElseThrow();
        assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(cancelled.reason().args())
                .containsExactly("该项工作已并入省级专项行动，不再单列。", LocalDate.now(clock).toString());
        assertThat(jdbc.sql("select state || ': ' || decision_note from closeout_request where id = ?")
                        .param(adjustment)
                        .query(String.class)
                        .single())
                .isEqualTo("REFUSED: 任务已批准取消，本申请不再处理。");
        String leader = page("/leader/closeouts", TestActors.leader());
        assertThat(leader).contains("已批准取消", "该项工作已并入省级专项行动，不再单列。", "待处理（0 件）");
        assertThat(leader).doesNotContain("/approve");
    }

    @Test
    void requestsThatCannotBeDecidedAreRefusedWithTheReason() throws Exception {
        MvcResult nothing = mvc.perform(change("/my/tasks/" + straw + "/changes", "ADJUSTMENT", "调整")
                        .with(reporter(strawUnit)))
                .andReturn();
        assertThat(CloseoutIntegrationTests.error(nothing)).isEqualTo("调整申请须至少填写新的表述、完成时限或目标值之一。");
        MvcResult badValue = mvc.perform(change("/my/tasks/" + straw + "/changes", "ADJUSTMENT", "调整")
                        .param("targetId", String.valueOf(scenario.straw().targetId()))
                        .param("newValue", "九十")
                        .with(reporter(strawUnit)))
                .andReturn();
        assertThat(CloseoutIntegrationTests.error(badValue)).isEqualTo("目标值“九十”不是数字。");
        long otherTarget = jdbc.sql("select id from target where task_id <> ? order by id limit 1")
                .param(straw)
                .query(Long.class)
                .single();
        MvcResult foreign = mvc.perform(change("/my/tasks/" + straw + "/changes", "ADJUSTMENT", "调整")
                        .param("targetId", String.valueOf(otherTarget))
                        .param("newValue", "1")
                        .with(reporter(strawUnit)))
                .andReturn();
        assertThat(CloseoutIntegrationTests.error(foreign)).isEqualTo("所选目标不属于该任务。");
        mvc.perform(change("/my/tasks/" + straw + "/changes", "CANCELLATION", "不再实施")
                .with(reporter(strawUnit)));
        MvcResult twice = mvc.perform(change("/my/tasks/" + straw + "/changes", "CANCELLATION", "不再实施")
                        .with(reporter(strawUnit)))
                .andReturn();
        assertThat(CloseoutIntegrationTests.error(twice)).isEqualTo("该任务已有一件待处理的取消申请，请等待办公室处理。");
        decide(pending(straw, "CANCELLATION"), "refuse", "reason", "目标仍需完成");
        assertThat(supervision
                        .ofTask(scenario.straw().planId(), straw, LocalDate.now(clock))
                        .orElseThrow()
                        .status())
                .isNotEqualTo(TaskStatus.CANCELLED);
        assertThat(jdbc.sql("select count(*) from closeout_request")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private MockHttpServletRequestBuilder change(String url, String kind, String reason) {
        return post(url).param("kind", kind).param("reason", reason);
    }

    private MvcResult decide(long requestId, String action, String field, String text) throws Exception {
        int version = jdbc.sql("select version from closeout_request where id = ?")
                .param(requestId)
                .query(Integer.class)
                .single();
        return mvc.perform(post("/office/closeouts/" + requestId + "/" + action)
                        .param("version", String.valueOf(version))
                        .param(field, text))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long pending(long taskId, String kind) {
        return jdbc.sql("select id from closeout_request where task_id = ? and kind = ? and state = 'PENDING'")
                .params(taskId, kind)
                .query(Long.class)
                .single();
    }

    private List<String> amendments(long taskId) {
        return jdbc.sql("""
                        select entity || ' ' || field || ' ' || coalesce(old_value, '-') || ' → ' || new_value from audit_event
                        where task_id = ? and action = 'AMENDED' order by id""").param(taskId).query(String.class).list();
    }

    private long firstUnit(long taskId) {
        return jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(taskId)
                .query(Long.class)
                .single();
    }

    private static RequestPostProcessor reporter(long unit) {
        return TestActors.reporter(unit);
    }
}

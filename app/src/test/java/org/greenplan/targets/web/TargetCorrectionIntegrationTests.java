package org.greenplan.targets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.targets.TargetTracking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Corrections, withdrawals, range checks and the honest evaluation wording on task 10 of the 宿州
 * sample (秸秆综合利用率达92%以上).
 */
@IntegrationTest
class TargetCorrectionIntegrationTests {
    private static final String JUNE_30 = "2022-06-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    TargetTracking tracking;

    @Autowired
    JdbcClient jdbc;

    long planId;
    long taskId;
    long targetId;

    @BeforeEach
    void importSuzhou() {
        PublishedStrawTarget sample = PublishedStrawTarget.publish(importer, jdbc);
        planId = sample.planId();
        taskId = sample.taskId();
        targetId = sample.targetId();
    }

    @Test
    void aCorrectedValueCountsAndTheWrongOneStaysInTheHistoryWithTheReason() throws Exception {
        send("/values", "month", "2022-06", "value", "8.8", "note", "");

        String refused = send("/values/2022-06-01/correction", "value", "88", "reason", " ");
        assertThat(refused).contains("请填写更正或撤回的原因");
        assertThat(actual()).isEqualByComparingTo("8.8");

        String html = send("/values/2022-06-01/correction", "value", "88", "reason", "小数点录错");

        assertThat(actual()).isEqualByComparingTo("88");
        assertThat(html)
                .contains("2022-06 的数值已更正为 88")
                .contains("更正：小数点录错")
                .contains("8.8%")
                .contains("88%");
        assertThat(jdbc.sql("select count(*) from reported_value where target_id = ?")
                        .param(targetId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select reason from reported_value where target_id = ? and reason is not null")
                        .param(targetId)
                        .query(String.class)
                        .list())
                .containsExactly("小数点录错");
    }

    @Test
    void aWithdrawnValueNoLongerCountsButStaysInTheHistory() throws Exception {
        send("/values", "month", "2022-06", "value", "88", "note", "");

        String html = send("/values/2022-06-01/withdrawal", "reason", "报错了任务");

        assertThat(actual()).isNull();
        assertThat(html).contains("已撤回：报错了任务").contains("88%").contains("data-status=\"NOT_EVALUABLE\"");
    }

    @Test
    void refusesANegativeRateAndARateAbove100Percent() throws Exception {
        assertThat(send("/values", "month", "2022-06", "value", "-3", "note", ""))
                .contains("是负数");
        assertThat(send("/values", "month", "2022-06", "value", "120%", "note", ""))
                .contains("超过 100%");
        assertThat(jdbc.sql("select count(*) from reported_value")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesABaselineAlreadyBeyondTheAtLeastTarget() throws Exception {
        String html = send(
                "/settings",
                "baseline",
                "95",
                "aggregation",
                "",
                "pacing",
                "LINEAR",
                "milestones",
                "",
                "tolerance",
                "");

        assertThat(html).contains("基线 95 已达到目标").contains("is-invalid");
        assertThat(jdbc.sql("select count(*) from target_setting")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void withoutABaselineThePageSaysWhatTheLightComparesWithAndWhatIsNeeded() throws Exception {
        jdbc.sql("update task set deadline = date '2022-06-30', deadline_phrase = '6月底前' where id = ?")
                .param(taskId)
                .update();
        send("/values", "month", "2022-06", "value", "88", "note", "");

        // no baseline and the first value comes in at the deadline, so no pace: 88 is 4 below 92, within 10 % of 92
        String html = panel();
        assertThat(html)
                .contains("data-pace-basis=\"GOAL_ONLY\"")
                .contains("灯色按目标值本身判断")
                .contains("低于目标值（在容差之内")
                .contains("data-status=\"YELLOW\"")
                .doesNotContain("按进度推进");
    }

    @Test
    void withoutABaselineTheExpectedValueIsPacedFromTheFirstReportedValue() throws Exception {
        send("/values", "month", "2022-03", "value", "85", "note", "");
        send("/values", "month", "2022-06", "value", "87", "note", "");

        // 85 for March → 92 by 31 December: 85 + 7 × 91/275 = 87.32 on 30 June; 87 is 0.32 behind, within
        // 10 % of the planned change of 7 points
        String html = panel();

        assertThat(html)
                .contains("data-pace-basis=\"FIRST_VALUE\"")
                .contains("data-expected=\"87.3164\"")
                .contains(">87.32%<")
                .contains("未填基线：从首次报送值 85%（2022-03-31）起按进度推进，至 2022-12-31 达到目标 92%")
                .contains("data-status=\"YELLOW\"")
                .contains("略落后于进度（在容差之内）")
                .contains("尚未达到目标（目标在年底前完成")
                .doesNotContain("未达标")
                .doesNotContain("灯色按目标值本身判断");

        send("/values/2022-06-01/correction", "value", "89", "reason", "按核定口径更正");

        assertThat(panel())
                .contains("data-status=\"GREEN\"")
                .contains("按进度推进（不落后于今日应达值）")
                .contains("尚未达到目标（目标在年底前完成")
                .doesNotContain("未达标");
    }

    @Test
    void theFirstValuePaceEndsAtTheTasksDeadline() throws Exception {
        jdbc.sql("update task set deadline = date '2022-09-30', deadline_phrase = '9月底前' where id = ?")
                .param(taskId)
                .update();
        send("/values", "month", "2022-03", "value", "85", "note", "");

        // 85 on 31 March → 92 on 30 September: 85 + 7 × 91/183 = 88.48 on 30 June
        assertThat(panel()).contains("data-expected=\"88.4809\"").contains("至 2022-09-30 达到目标 92%");
    }

    @Test
    void withNeitherBaselineNorValueThePageSaysWhatItNeeds() throws Exception {
        String html = panel();

        assertThat(html)
                .contains("data-pace-basis=\"NEEDS_VALUE\"")
                .contains("未填基线，也尚无报送值，暂不能计算今日应达值：收到首次报送值后，从该值起按进度推进，至 2022-12-31 达到目标 92%")
                .contains("data-status=\"NOT_EVALUABLE\"");
    }

    @Test
    void anOnPaceLightMidYearIsNotCalledAFailure() throws Exception {
        send("/settings", "baseline", "86", "aggregation", "", "pacing", "LINEAR", "milestones", "", "tolerance", "");
        send("/values", "month", "2022-06", "value", "90", "note", "");

        String html = panel();

        // expected 88.97 on 30 June: 90 is ahead of pace but below 92
        assertThat(html)
                .contains("data-status=\"GREEN\"")
                .contains("按进度推进")
                .contains("尚未达到目标（目标在年底前完成")
                .doesNotContain("未达标");
        String december = mvc.perform(
                        get("/plans/{p}/tasks/{t}/targets", planId, taskId).param("on", "2022-12-31"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(december).contains("未达标").contains("data-status=\"RED\"");
    }

    private java.math.BigDecimal actual() {
        return tracking.evaluateTarget(planId, taskId, targetId, LocalDate.parse(JUNE_30))
                .evaluation()
                .actual();
    }

    private String panel() throws Exception {
        return mvc.perform(get("/plans/{p}/tasks/{t}/targets", planId, taskId).param("on", JUNE_30))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String send(String path, String... params) throws Exception {
        var request = post("/plans/{p}/tasks/{t}/targets/{g}" + path, planId, taskId, targetId)
                .param("on", JUNE_30);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

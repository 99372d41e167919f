package org.greenplan.targets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The targets panel on task 10 of the 宿州 sample: 秸秆综合利用率达92%以上. */
@IntegrationTest
class TargetPanelIntegrationTests {
    private static final Pattern CHART = Pattern.compile("data-chart=\"([^\"]*)\"");
    private static final Pattern STATUS = Pattern.compile("data-status=\"([A-Z_]+)\"");
    private static final String JUNE_30 = "2022-06-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

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
    void juneValueBehindTheLinearPaceFromTheBaselineIsRedWithTheDefaultTolerance() throws Exception {
        saveSettings("86", "LINEAR", "");
        recordValue("2022-06", "88");

        String html = panel(JUNE_30);

        // expected 86 + 6 × 180/364 = 88.97; 88 is 0.97 short, more than 10 % of the planned change (0.6)
        assertThat(badge(html)).isEqualTo("RED");
        assertThat(html).contains("data-progress=\"0.3333\"", "33.3%", "88.97%");
    }

    @Test
    void aSettingsFormSavedByAnotherClientMeanwhileIsRefusedKeepingWhatWasTyped() throws Exception {
        int read = settingsVersion();
        saveSettings("86", "LINEAR", "");

        String stale = postSettings("87.5", "BACK_LOADED", "15", read);

        assertThat(stale)
                .contains("评价设置在您打开后已被他人保存")
                .contains("value=\"87.5\"")
                .contains("value=\"15\"")
                .contains("name=\"version\" value=\"" + settingsVersion() + "\"");
        assertThat(jdbc.sql("select baseline from target_setting where target_id = ?")
                        .param(targetId)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("86");
        assertThat(postSettings("87.5", "BACK_LOADED", "15", settingsVersion())).contains("评价设置已保存");
        assertThat(jdbc.sql("select baseline from target_setting where target_id = ?")
                        .param(targetId)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("87.5");
    }

    @Test
    void aWiderToleranceMakesTheSameValueYellow() throws Exception {
        saveSettings("86", "LINEAR", "20");
        recordValue("2022-06", "88");

        assertThat(badge(panel(JUNE_30))).isEqualTo("YELLOW");
    }

    @Test
    void chartHoldsTheJuneValueGapsTheTargetLineAndThePacingLine() throws Exception {
        saveSettings("86", "LINEAR", "");
        recordValue("2022-06", "88");

        JsonNode chart = chart(panel(JUNE_30));

        assertThat(chart.get("months").get(5).asString()).isEqualTo("2022-06");
        assertThat(chart.get("reported").get(5).decimalValue()).isEqualByComparingTo("88");
        for (int month : new int[] {0, 1, 2, 3, 4, 6, 11}) {
            assertThat(chart.get("reported").get(month).isNull())
                    .as("month %d", month + 1)
                    .isTrue();
        }
        assertThat(chart.get("target").size()).isEqualTo(12);
        chart.get("target").forEach(v -> assertThat(v.decimalValue()).isEqualByComparingTo("92"));
        assertThat(chart.get("expected").get(0).decimalValue()).isEqualByComparingTo("86.49");
        assertThat(chart.get("expected").get(5).decimalValue()).isEqualByComparingTo("88.97");
        assertThat(chart.get("expected").get(11).decimalValue()).isEqualByComparingTo("92");
    }

    @Test
    void aTaskPageFragmentLoadsWithoutAnySetting() throws Exception {
        String html = panel(JUNE_30);

        assertThat(html)
                .contains("id=\"target-panel\"", "秸秆综合利用率 ≥ 92%", "未可评价", "/webjars/echarts/", "/dist/echarts.min.js");
        assertThat(badge(html)).isEqualTo("NOT_EVALUABLE");
    }

    @Test
    void textIsRejectedNextToTheFieldAndNothingIsStored() throws Exception {
        String html = recordValue("2022-06", "见附件");

        assertThat(html).contains("is-invalid", "“见附件”不是数值");
        assertThat(storedValues()).isZero();
    }

    @Test
    void theValueTypedIsEchoedBackEscaped() throws Exception {
        String html = recordValue("2022-06", "<script>alert(1)</script>");

        assertThat(html)
                .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .doesNotContain("<script>alert");
    }

    @Test
    void aMonthOutsideThePlanYearIsRejected() throws Exception {
        String html = recordValue("2023-01", "90");

        assertThat(html).contains("月份须在计划年度 2022 年内");
        assertThat(storedValues()).isZero();
    }

    @Test
    void aFractionForAPercentTargetIsStoredOnlyOnceConfirmed() throws Exception {
        String asked = recordValue("2022-06", "0.92");
        assertThat(asked).contains("gp-value-confirmation", "是否应为 92%");
        assertThat(storedValues()).isZero();

        mvc.perform(values("2022-06", "0.92").param("confirm", "true")).andExpect(status().isOk());
        assertThat(storedValues()).isEqualTo(1);
    }

    @Test
    void anUnknownTaskIsNotFound() throws Exception {
        mvc.perform(get("/plans/{p}/tasks/{t}/targets", planId, -1)).andExpect(status().isNotFound());
    }

    private String panel(String on) throws Exception {
        return mvc.perform(get("/plans/{p}/tasks/{t}/targets", planId, taskId).param("on", on))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String recordValue(String month, String value) throws Exception {
        return mvc.perform(values(month, value))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder values(String month, String value) {
        return post("/plans/{p}/tasks/{t}/targets/{g}/values", planId, taskId, targetId)
                .param("on", JUNE_30)
                .param("month", month)
                .param("value", value)
                .param("note", "");
    }

    private void saveSettings(String baseline, String pacing, String tolerance) throws Exception {
        String html = postSettings(baseline, pacing, tolerance, settingsVersion());
        assertThat(html).contains("评价设置已保存").doesNotContain("is-invalid");
    }

    private String postSettings(String baseline, String pacing, String tolerance, int version) throws Exception {
        return mvc.perform(post("/plans/{p}/tasks/{t}/targets/{g}/settings", planId, taskId, targetId)
                        .param("on", JUNE_30)
                        .param("baseline", baseline)
                        .param("aggregation", "")
                        .param("pacing", pacing)
                        .param("milestones", "")
                        .param("tolerance", tolerance)
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int settingsVersion() {
        return jdbc.sql("select coalesce((select version from target_setting where target_id = ?), 0)")
                .param(targetId)
                .query(Integer.class)
                .single();
    }

    private long storedValues() {
        return jdbc.sql("select count(*) from reported_value where target_id = ?")
                .param(targetId)
                .query(Long.class)
                .single();
    }

    private static String badge(String html) {
        Matcher m = STATUS.matcher(html);
        assertThat(m.find()).as("a status badge").isTrue();
        return m.group(1);
    }

    private static JsonNode chart(String html) {
        Matcher m = CHART.matcher(html);
        assertThat(m.find()).as("chart data").isTrue();
        return JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(m.group(1)));
    }
}

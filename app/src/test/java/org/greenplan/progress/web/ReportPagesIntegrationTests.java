package org.greenplan.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ReportFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The report form and the office review on task 10 of the published 宿州 plan, June 2022. */
@IntegrationTest
class ReportPagesIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    PublishedStrawTarget straw;
    long periodId;
    long unitId;
    long otherUnitId;
    String form;

    @BeforeEach
    void publish() {
        ReportFixture fixture = ReportFixture.publish(importer, jdbc, "OPEN");
        straw = fixture.straw();
        periodId = fixture.periodId();
        unitId = fixture.strawUnitId();
        otherUnitId = fixture.otherUnitId();
        form = "/my/reports/periods/" + periodId + "/tasks/" + straw.taskId();
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor actor) throws Exception {
        return mvc.perform(request.with(actor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder htmx(String url, String version, String straw88) {
        return post(url)
                .header("HX-Request", "true")
                .param("rowVersion", version)
                .param("progress", "秸秆离田利用有序推进")
                .param("problems", "收储点不足")
                .param("nextSteps", "加快收储中心建设")
                .param("value-" + straw.targetId(), straw88);
    }

    private long reportId() {
        return jdbc.sql("select id from progress_report").query(Long.class).single();
    }

    private String version() {
        return jdbc.sql("select row_version from progress_report")
                .query(String.class)
                .single();
    }

    @Test
    void theReporterSavesADraftThroughHtmxAndAWrongValueKeepsWhatWasTyped() throws Exception {
        String page = html(get(form), TestActors.reporter(unitId));
        assertThat(page)
                .as("a report not yet saved shows as not started, as /my shows it")
                .contains("推进秸秆综合利用工程", "data-state=\"NOT_STARTED\"", "未填报", "name=\"value-" + straw.targetId() + "\"")
                .doesNotContain("data-state=\"DRAFT\"");

        String refused = html(htmx(form + "/draft", "0", "N/A"), TestActors.reporter(unitId));
        assertThat(refused)
                .contains("id=\"report-sheet\"", "“N/A”不是数值", "value=\"N/A\"", "秸秆离田利用有序推进")
                .doesNotContain("<html");
        assertThat(jdbc.sql("select count(*) from progress_report")
                        .query(Long.class)
                        .single())
                .isZero();

        String saved = html(htmx(form + "/draft", "0", "约88.5%"), TestActors.reporter(unitId));
        assertThat(saved).contains("草稿已保存", "value=\"约88.5%\"", "data-state=\"DRAFT\"");
    }

    @Test
    void withoutHtmxASubmissionAndAReviewDecisionAreRedirectedSoAReloadDoesNotPostAgain() throws Exception {
        MockHttpServletRequestBuilder refused = plain(form + "/submission", "0", "N/A");
        assertThat(html(refused, TestActors.reporter(unitId)))
                .as("a refused plain post shows the page with what was typed")
                .contains("<html", "“N/A”不是数值", "value=\"N/A\"");

        var submitted = mvc.perform(plain(form + "/submission", "0", "88.5").with(TestActors.reporter(unitId)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(form))
                .andExpect(flash().attribute("notice", "已报送（第 1 次报送）。"))
                .andReturn();
        // the redirected GET in the same session (Spring Session's cookie), as a browser follows it
        String page = html(get(form).cookie(submitted.getResponse().getCookies()), TestActors.reporter(unitId));
        assertThat(page.split("已报送（第 1 次报送）。", -1))
                .as("the notice is shown once")
                .hasSize(2);
        assertThat(page).contains("data-state=\"SUBMITTED\"");

        long id = reportId();
        mvc.perform(post("/office/reports/" + id + "/approval")
                        .param("rowVersion", version())
                        .with(TestActors.office()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/office/reports/" + id))
                .andExpect(flash().attribute("notice", "已审核通过。"));
        assertThat(jdbc.sql("select state from progress_report")
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED");
    }

    private MockHttpServletRequestBuilder plain(String url, String version, String straw88) {
        return post(url)
                .param("rowVersion", version)
                .param("progress", "秸秆离田利用有序推进")
                .param("problems", "收储点不足")
                .param("nextSteps", "加快收储中心建设")
                .param("value-" + straw.targetId(), straw88);
    }

    @Test
    void theOfficeReturnsWithAReasonTheUnitSeesItResubmitsAndTheApprovalReachesThePanel() throws Exception {
        String panelUrl = "/plans/" + straw.planId() + "/tasks/" + straw.taskId() + "/targets?on=2022-06-30";
        html(htmx(form + "/submission", "0", "88.5"), TestActors.reporter(unitId));
        long id = reportId();
        assertThat(html(get(panelUrl), TestActors.office())).doesNotContain("88.5");

        mvc.perform(post("/office/reports/" + id + "/return")
                        .param("rowVersion", version())
                        .param("reason", " ")
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "退回时请填写理由。"));
        mvc.perform(post("/office/reports/" + id + "/return")
                        .param("rowVersion", version())
                        .param("reason", "请补充收储中心数据")
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(form), TestActors.reporter(unitId))).contains("请补充收储中心数据", "data-state=\"RETURNED\"");

        html(htmx(form + "/submission", version(), "88.5"), TestActors.reporter(unitId));
        String review = html(get("/office/reports/" + id), TestActors.office());
        assertThat(review).contains("第 2 次报送", "88.5", "退回理由：请补充收储中心数据");
        mvc.perform(post("/office/reports/" + id + "/approval")
                        .param("rowVersion", version())
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已审核通过。"));

        assertThat(html(get(panelUrl), TestActors.office())).contains("88.5");
    }

    @Test
    void anotherUnitTheOfficeAsItselfAndAReporterOnTheReviewPageAreRefused() throws Exception {
        html(htmx(form + "/submission", "0", "88.5"), TestActors.reporter(unitId));
        long id = reportId();

        mvc.perform(get(form).with(TestActors.reporter(otherUnitId))).andExpect(status().isForbidden());
        mvc.perform(htmx(form + "/draft", version(), "90").with(TestActors.reporter(otherUnitId)))
                .andExpect(status().isForbidden());
        mvc.perform(get(form).with(TestActors.office())).andExpect(status().isForbidden());
        mvc.perform(get("/office/reports/" + id).with(TestActors.reporter(otherUnitId)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/office/reports/" + id + "/approval")
                        .param("rowVersion", version())
                        .with(TestActors.reporter(unitId)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select state from progress_report")
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");
        assertThat(html(get("/office/reports/" + id), TestActors.leader())).contains("88.5");
    }

    @Test
    void aDoubleClickedSubmitIsToldTheReportWasAlreadySubmitted() throws Exception {
        html(htmx(form + "/submission", "0", "88.5"), TestActors.reporter(unitId));

        String second = html(htmx(form + "/submission", "0", "88.5"), TestActors.reporter(unitId));

        assertThat(second).contains("这份报告刚被 填报员" + unitId + " 修改过（当前状态：已报送）");
        assertThat(jdbc.sql("select submission from progress_report")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aVersionTheReportNeverHadIsRefusedInPlainWordsNamingNoPlaceholderEditor() throws Exception {
        String page = html(htmx(form + "/draft", "7", "88.5"), TestActors.reporter(unitId));

        assertThat(page)
                .contains("这份报告已不是您打开时的版本（当前状态：草稿），您的操作没有保存。")
                .doesNotContain("刚被 -")
                .doesNotContain("刚被 null");
        assertThat(jdbc.sql("select count(*) from progress_report")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anUploadThatLiesAboutItsTypeIsRefusedNamingTheFileAndADownloadChecksTheUnit() throws Exception {
        html(htmx(form + "/draft", "0", "88.5"), TestActors.reporter(unitId));
        long id = reportId();
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';

        mvc.perform(multipart("/my/reports/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "台账.pdf", "application/pdf", exe))
                        .with(TestActors.reporter(unitId)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.startsWith("“台账.pdf”的实际内容是 ")));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/my/reports/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "台账.pdf", "application/pdf", pdf))
                        .with(TestActors.reporter(unitId)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "已上传“台账.pdf”。"));
        long attachment =
                jdbc.sql("select id from progress_attachment").query(Long.class).single();

        mvc.perform(get("/my/reports/attachments/" + attachment).with(TestActors.reporter(otherUnitId)))
                .andExpect(status().isForbidden());
        byte[] downloaded = mvc.perform(
                        get("/office/reports/attachments/" + attachment).with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }

    @Test
    void aClosedPeriodShowsWhoClosedItAndWhyAndKeepsTheTypedText() throws Exception {
        jdbc.sql("update reporting_period set state = 'CLOSED', closed_at = now(), closed_by = '市绿色办',"
                        + " close_reason = '6月调度已结束' where id = ?")
                .param(periodId)
                .update();

        String refused = html(htmx(form + "/submission", "0", "88.5"), TestActors.reporter(unitId));

        assertThat(refused).contains("由 市绿色办 关闭（6月调度已结束）", "秸秆离田利用有序推进");
        assertThat(jdbc.sql("select count(*) from progress_report")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}

package org.greenplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ReportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the pages can do and the API now can too: the unit leader's approval (and its withdrawal) and the
 * removal of an attachment, under the same unit rules; and Spring's own request errors in the reader's
 * language.
 */
@IntegrationTest
class ReportApiStagesIntegrationTests {
    @Autowired
    WebApplicationContext context;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    ReportFixture f;

    @BeforeEach
    void publish() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        f = ReportFixture.publish(importer, jdbc, "OPEN");
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void theUnitLeaderApprovesThroughTheApiBeforeTheOfficeAndMayWithdrawIt() throws Exception {
        jdbc.sql("""
                        insert into reporting_settings (plan_id, periodicity, due_day, due_month, grace_days,
                            co_unit_lead_days, shift, unit_leader_approval)
                        values (?, 'MONTHLY', 25, 'PERIOD_END_MONTH', 1, 2, 'NEXT', true)""").param(f.straw().planId()).update();
        long reportId = submitted();

        decide("/unit-approval", reportId, TestActors.reporter(f.strawUnitId())).andExpect(status().isForbidden());
        decide("/unit-approval", reportId, TestActors.unitLeader(f.otherUnitId()))
                .andExpect(status().isForbidden());
        decide("/unit-approval", reportId, TestActors.unitLeader(f.strawUnitId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("UNIT_APPROVED"));

        mvc.perform(delete("/api/reports/" + reportId + "/unit-approval")
                        .param("version", String.valueOf(version(reportId)))
                        .with(csrf())
                        .with(TestActors.unitLeader(f.strawUnitId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        decide("/unit-approval", reportId, TestActors.unitLeader(f.strawUnitId()))
                .andExpect(status().isOk());
        decide("/approval", reportId, TestActors.office())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"));
        assertThat(jdbc.sql("select action from audit_event where entity = 'PROGRESS_REPORT' order by id")
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "SUBMITTED", "UNIT_APPROVED", "UNIT_APPROVAL_WITHDRAWN", "UNIT_APPROVED", "APPROVED");
    }

    @Test
    void withoutTheUnitLeaderStageTheApiRefusesTheUnitApprovalWithTheReason() throws Exception {
        long reportId = submitted();

        decide("/unit-approval", reportId, TestActors.unitLeader(f.strawUnitId()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("与当前状态冲突"));
    }

    @Test
    void aUnitRemovesItsOwnAttachmentAndAnotherUnitCannot() throws Exception {
        long reportId = draft();
        String body = mvc.perform(multipart("/api/reports/" + reportId + "/attachments")
                        .file(new MockMultipartFile("file", "台账.pdf", "application/pdf", ReportApiIntegrationTests.PDF))
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long attachmentId = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(delete("/api/attachments/" + attachmentId).with(csrf()).with(TestActors.reporter(f.otherUnitId())))
                .andExpect(status().isForbidden());
        assertThat(attachments()).isEqualTo(1);
        mvc.perform(delete("/api/attachments/" + attachmentId).with(csrf()).with(TestActors.reporter(f.strawUnitId())))
                .andExpect(status().isNoContent());
        assertThat(attachments()).isZero();
        mvc.perform(delete("/api/attachments/" + attachmentId).with(csrf()).with(TestActors.reporter(f.strawUnitId())))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select detail from audit_event where action = 'ATTACHMENT_REMOVED'")
                        .query(String.class)
                        .single())
                .isEqualTo("台账.pdf");
    }

    @Test
    void aMalformedIdOrBodyIsExplainedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/reports/abc").with(TestActors.office()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.detail").value("参数 reportId 的值“abc”格式不正确。"));
        mvc.perform(get("/api/reports/abc").header("Accept-Language", "en").with(TestActors.office()))
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.detail").value("Parameter reportId has a value in the wrong format: \"abc\"."));
        mvc.perform(put("/api/periods/" + f.periodId() + "/tasks/" + f.straw().taskId() + "/report")
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"progress\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.detail").value("请求正文不是有效的 JSON，或某个字段的类型不对。"));
        mvc.perform(get("/api/reports/999999").with(TestActors.office()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("未找到"));
    }

    private org.springframework.test.web.servlet.ResultActions decide(
            String step, long reportId, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return mvc.perform(post("/api/reports/" + reportId + step)
                .with(csrf())
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version(reportId) + "}"));
    }

    private long draft() throws Exception {
        String body = mvc.perform(put("/api/periods/" + f.periodId() + "/tasks/"
                                + f.straw().taskId() + "/report")
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"progress": "完成秸秆离田利用", "values": [{"targetId": %d, "value": "88.5"}],
                                 "version": 0}""".formatted(f.straw().targetId())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private long submitted() throws Exception {
        long reportId = draft();
        mvc.perform(post("/api/periods/" + f.periodId() + "/tasks/" + f.straw().taskId() + "/report/submission")
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version(reportId) + "}"))
                .andExpect(status().isOk());
        return reportId;
    }

    private int version(long reportId) {
        return jdbc.sql("select row_version from progress_report where id = ?")
                .param(reportId)
                .query(Integer.class)
                .single();
    }

    private long attachments() {
        return jdbc.sql("select count(*) from progress_attachment")
                .query(Long.class)
                .single();
    }
}

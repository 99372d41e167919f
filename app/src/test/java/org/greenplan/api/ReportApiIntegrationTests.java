package org.greenplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ReportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The report API on the 宿州 straw task: the same unit, workflow, lock and version rules as the pages. */
@IntegrationTest
class ReportApiIntegrationTests {
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0
    };

    @Autowired
    WebApplicationContext context;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    private ReportFixture publish(String state) {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        return ReportFixture.publish(importer, jdbc, state);
    }

    private String reportUrl(ReportFixture f) {
        return "/api/periods/" + f.periodId() + "/tasks/" + f.straw().taskId() + "/report";
    }

    private String draft(ReportFixture f, String value, int version) {
        return """
                {"progress": "完成秸秆离田利用", "problems": "", "nextSteps": "推进还田",
                 "values": [{"targetId": %d, "value": "%s"}], "version": %d}""".formatted(f.straw().targetId(), value, version);
    }

    private long saveDraft(ReportFixture f) throws Exception {
        String body = mvc.perform(put(reportUrl(f))
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft(f, "88.5", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.values[0].typed").value("88.5"))
                .andExpect(jsonPath("$.values[0].value").value(88.5))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private int version(ReportFixture f, long reportId) throws Exception {
        String body = mvc.perform(get("/api/reports/" + reportId).with(TestActors.reporter(f.strawUnitId())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.version");
    }

    @Test
    void aUnitSavesAndSubmitsAndTheOfficeApprovesWhileADoubleSubmitConflicts() throws Exception {
        ReportFixture f = publish("OPEN");
        mvc.perform(get(reportUrl(f)).with(TestActors.reporter(f.strawUnitId())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        long reportId = saveDraft(f);
        int version = version(f, reportId);
        String submit = "{\"version\": " + version + "}";

        mvc.perform(post(reportUrl(f) + "/submission")
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(submit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.progress").value("完成秸秆离田利用"))
                .andExpect(jsonPath("$.history[0].submission").value(1));
        mvc.perform(post(reportUrl(f) + "/submission")
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(submit))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/conflict"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("填报员" + f.strawUnitId())));

        int submitted = version(f, reportId);
        String decision = "{\"version\": " + submitted + "}";
        mvc.perform(post("/api/reports/" + reportId + "/approval")
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(post("/api/reports/" + reportId + "/approval")
                        .with(csrf())
                        .with(TestActors.office())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"));
    }

    @Test
    void theOfficeReturnsWithAReasonAndABlankReasonNamesTheField() throws Exception {
        ReportFixture f = publish("OPEN");
        long reportId = saveDraft(f);
        mvc.perform(post(reportUrl(f) + "/submission")
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft(f, "约92%", version(f, reportId))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values[0].approximate").value(true));
        int version = version(f, reportId);

        mvc.perform(post("/api/reports/" + reportId + "/return")
                        .with(csrf())
                        .with(TestActors.office())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/reports/" + reportId + "/return")
                        .with(csrf())
                        .with(TestActors.office())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"reason\": \"请补充离田数据\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.returnReason").value("请补充离田数据"));
    }

    @Test
    void anotherUnitsReporterIsRefusedReadingSavingSubmittingAndAttachments() throws Exception {
        ReportFixture f = publish("OPEN");
        long reportId = saveDraft(f);
        String attachment = mvc.perform(multipart("/api/reports/" + reportId + "/attachments")
                        .file(new MockMultipartFile("file", "台账.pdf", "application/pdf", PDF))
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long attachmentId = ((Number) JsonPath.read(attachment, "$.id")).longValue();
        RequestPostProcessor other = TestActors.reporter(f.otherUnitId());
        String otherKey =
                "/api/periods/" + f.periodId() + "/tasks/" + f.straw().taskId() + "/report?unitId=" + f.strawUnitId();

        mvc.perform(get("/api/reports/" + reportId).with(other)).andExpect(status().isForbidden());
        mvc.perform(get(otherKey).with(other))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(put(reportUrl(f))
                        .with(csrf())
                        .with(other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft(f, "99", 1)))
                .andExpect(status().isForbidden());
        mvc.perform(post(reportUrl(f) + "/submission")
                        .with(csrf())
                        .with(other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft(f, "99", 1)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/reports/" + reportId + "/attachments")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                        .with(csrf())
                        .with(other))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/attachments/" + attachmentId).with(other)).andExpect(status().isForbidden());
        mvc.perform(get("/api/attachments/" + attachmentId).with(TestActors.reporter(f.strawUnitId())))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        assertThat(jdbc.sql("select count(*) from progress_attachment")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select progress from progress_report where id = ?")
                        .param(reportId)
                        .query(String.class)
                        .single())
                .isEqualTo("完成秸秆离田利用");
    }

    @Test
    void aValueForATargetOfAnotherTaskIsRefusedNamingTheFieldInTheRequestsLanguage() throws Exception {
        ReportFixture f = publish("OPEN");
        long foreign = jdbc.sql("select id from target where task_id <> ? order by id limit 1")
                .param(f.straw().taskId())
                .query(Long.class)
                .single();
        String body = """
                {"progress": "进展", "values": [{"targetId": %d, "value": "88.5"}, {"targetId": %d, "value": "1"}],
                 "version": 0}""".formatted(f.straw().targetId(), foreign);

        mvc.perform(put(reportUrl(f))
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("values[1].targetId"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString(String.valueOf(foreign))));
        mvc.perform(put(reportUrl(f))
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("target")));
        assertThat(jdbc.sql("select count(*) from progress_report")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSubmissionAfterThePeriodIsClosedIsRefusedWithTheLock() throws Exception {
        ReportFixture f = publish("CLOSED");

        mvc.perform(post(reportUrl(f) + "/submission")
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft(f, "88.5", 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("/problems/period-locked"))
                .andExpect(jsonPath("$.period").value("2022-06"))
                .andExpect(jsonPath("$.closedBy").value("市绿色办"))
                .andExpect(jsonPath("$.reason").value("6月调度已结束"))
                .andExpect(jsonPath("$.closedAt").isNotEmpty())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("6月调度已结束")));
        assertThat(jdbc.sql("select count(*) from progress_report")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAttachmentLyingAboutItsTypeIsRefusedNamingTheFile() throws Exception {
        ReportFixture f = publish("OPEN");
        long reportId = saveDraft(f);

        mvc.perform(multipart("/api/reports/" + reportId + "/attachments")
                        .file(new MockMultipartFile("file", "验收报告.pdf", "application/pdf", PNG))
                        .with(csrf())
                        .with(TestActors.reporter(f.strawUnitId())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.fileName").value("验收报告.pdf"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("验收报告.pdf")));
        assertThat(jdbc.sql("select count(*) from progress_attachment")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}

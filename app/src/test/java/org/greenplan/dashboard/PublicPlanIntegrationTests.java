package org.greenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public page of a plan (信息公开) on the shared scenario: only when the office made it public, read
 * anonymously without a session, cacheable, accessible markup, and nothing internal on it.
 */
@IntegrationTest
class PublicPlanIntegrationTests {
    private static final String RETURN_REASON = "请补充秸秆离田利用台账（内部意见）";

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    SupervisionScenario scenario;
    long planId;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
    }

    @Test
    void aPlanIsPublicOnlyWhileTheOfficeSaysSoAndEachSwitchIsAudited() throws Exception {
        assertThat(anonymousGet().getStatus()).isEqualTo(404);

        switchPublic(true);
        assertThat(anonymousGet().getStatus()).isEqualTo(200);
        switchPublic(true);
        switchPublic(false);
        assertThat(anonymousGet().getStatus()).isEqualTo(404);

        assertThat(jdbc.sql("select action from audit_event where entity = 'PLAN' and entity_id = ?"
                                + " and action like 'PUBLIC%' order by id")
                        .param(planId)
                        .query(String.class)
                        .list())
                .containsExactly("PUBLIC_ON", "PUBLIC_OFF");
    }

    @Test
    void aLeaderCannotSwitchItAndADraftCannotBeMadePublic() throws Exception {
        assertThat(mvc.perform(post("/office/plans/" + planId + "/public")
                                .param("public", "true")
                                .with(TestActors.leader()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        jdbc.sql("update plan set state = 'DRAFT' where id = ?").param(planId).update();
        assertThat(mvc.perform(post("/office/plans/" + planId + "/public")
                                .param("public", "true")
                                .with(TestActors.office()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
        assertThat(anonymousGet().getStatus()).isEqualTo(404);
    }

    @Test
    void nothingInternalLeaks() throws Exception {
        returnStrawReportOfJune();
        switchPublic(true);
        MockHttpServletResponse response = anonymousGet();
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        Element straw = page.select("tbody tr").stream()
                .filter(r -> r.select("th").text().equals("10"))
                .findFirst()
                .orElseThrow();
        // May's approved 84 % is public; June's 86 % was submitted, then returned: never approved.
        assertThat(straw.text()).contains("秸秆综合利用率").contains("84%（2022-05）").doesNotContain("86");
        assertThat(page.select("tbody tr th[scope=row]").size()).isEqualTo(34 + 6);
        assertThat(html)
                .doesNotContain(RETURN_REASON)
                .doesNotContain("按计划推进，完成阶段工作")
                .doesNotContain("下月继续推进")
                .doesNotContain("填报员")
                .doesNotContain("本期调度已结束")
                .doesNotContain("按进度应达")
                .doesNotContain("_csrf");
        assertThat(page.select("a[href]"))
                .allSatisfy(a -> assertThat(a.attr("href")).matches("#content|\\?lang=(zh_CN|en)"));
        assertThat(page.select("form, input, script")).isEmpty();
    }

    @Test
    void anonymousVisitorsGetNoSessionAndACacheablePage() throws Exception {
        switchPublic(true);
        long sessions = sessions();
        // A browser's plain request through the application's own filters in their order (sessions in the
        // database, security, this page's filter), without the tests' default sign-in or CSRF token.
        MockMvc browser = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(
                        context.getBean("springSessionRepositoryFilter", Filter.class),
                        context.getBean("springSecurityFilterChain", Filter.class),
                        context.getBean("publicPageFilter", Filter.class))
                .build();
        MvcResult result = browser.perform(get("/public/plans/" + planId)).andReturn();
        MockHttpServletResponse response = result.getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(sessions()).isEqualTo(sessions);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=300, public");
        assertThat(response.getHeader("Vary")).contains("Accept-Language");
    }

    @Test
    void theMarkupMeetsTheAccessibilityBasics() throws Exception {
        switchPublic(true);
        Document page = Jsoup.parse(anonymousGet().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("html").attr("lang")).isEqualTo("zh");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).contains("宿州市");
        int previous = 0;
        for (Element h : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as("heading %s after h%d", h.text(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(page.select("table"))
                .hasSize(page.select("h2").size())
                .allSatisfy(t -> assertThat(t.select("> caption").text()).isNotBlank());
        assertThat(page.select("th"))
                .allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        assertThat(page.select("a.skip").attr("href")).isEqualTo("#content");
        assertThat(page.select("main#content")).hasSize(1);
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    void everyStatusColourOfThePublicPageHasAtLeastAaContrast() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/public.css"));
        Matcher rule = Pattern.compile("\\.status-(\\w+) \\{ color: (#\\w{6}); background: (#\\w{6}); }")
                .matcher(css);
        List<String> checked = new ArrayList<>();
        while (rule.find()) {
            double ratio = contrast(rule.group(2), rule.group(3));
            assertThat(ratio).as(rule.group(1)).isGreaterThanOrEqualTo(4.5);
            checked.add(rule.group(1));
        }
        assertThat(checked).containsExactlyInAnyOrder("GREEN", "YELLOW", "RED", "STAGNANT", "COMPLETED", "CANCELLED");
        assertThat(contrast("#ffffff", "#1f6f43")).as("banner").isGreaterThanOrEqualTo(4.5);
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private void returnStrawReportOfJune() {
        long reportId = jdbc.sql("select id from progress_report where task_id = ? and period_id = ?")
                .params(scenario.straw().taskId(), scenario.periodIds().get(2))
                .query(Long.class)
                .single();
        ProgressReport report =
                reports.show(SupervisionScenario.office(), reportId).report();
        reports.returnForRevision(SupervisionScenario.office(), reportId, report.rowVersion(), RETURN_REASON);
    }

    private void switchPublic(boolean on) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/office/plans/" + planId + "/public")
                        .param("public", String.valueOf(on))
                        .with(TestActors.office()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
    }

    @Test
    void theDeadlineColumnInfersTheYearsEndAsTheLedgerDoes() throws Exception {
        switchPublic(true);
        Document page = Jsoup.parse(anonymousGet().getContentAsString(StandardCharsets.UTF_8));
        java.util.Map<String, String> ledger = new java.util.HashMap<>();
        byte[] xlsx = mvc.perform(get("/plans/{id}/ledger.xlsx", planId).with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                ledger.put(format.formatCellValue(row.getCell(0)), format.formatCellValue(row.getCell(7)));
            }
        }
        int implied = 0;
        for (Element row : page.select("tbody tr")) {
            if (row.select("td").size() < 4) {
                continue; // the counts table
            }
            String number = row.select("th").text();
            String deadline = row.select("td").get(2).text();
            assertThat(deadline).as("task %s", number).isEqualTo(ledger.get(number));
            if (deadline.equals("2022-12-31（年度要点，按年底推定）")) {
                implied++;
            }
        }
        assertThat(implied).as("tasks printing no deadline").isPositive();
        assertThat(ledger).hasSize(34);
    }

    @Test
    void theTaskPageInfersTheYearsEndAsTheLedgerAndThePublicPageDo() throws Exception {
        long silent = jdbc.sql("""
                        select id from task where plan_id = ? and deadline is null and deadline_phrase is null
                          and not deadline_open order by position limit 1""").param(planId).query(Long.class).single();

        Document page = Jsoup.parse(
                mvc.perform(get("/plans/{p}/tasks/{t}", planId, silent).with(TestActors.leader()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#task-deadline").text()).isEqualTo("2022-12-31（年度要点，按年底推定）");
    }

    private MockHttpServletResponse anonymousGet() throws Exception {
        return mvc.perform(get("/public/plans/" + planId).with(anonymous()))
                .andReturn()
                .getResponse();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}

package org.greenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.greenplan.CountingStatements;
import org.greenplan.CountingStatements.Counted;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's data as the charts fetch it ({@code /leader/dashboard/data}): the kept JSON is the data the
 * application's mapper writes, answered with an entity tag, 304 for a browser that holds the current tag, and
 * a new body and tag as soon as a change reaches the plan.
 */
@IntegrationTest
@Import(CountingStatements.class)
class DashboardJsonIntegrationTests {
    private static final Actor LEADER = new Actor(2, "leader", "领导", null, Set.of(Role.LEADER), false);

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Dashboard dashboard;

    @Autowired
    CurrentResults current;

    @Autowired
    JsonMapper json;

    SupervisionScenario scenario;
    String url;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        SecurityContextHolder.clearContext();
        url = "/leader/dashboard/data?plan=" + scenario.straw().planId() + "&period="
                + scenario.periodIds().get(2);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theKeptJsonIsTheDataAsTheMapperWritesIt() throws Exception {
        MockHttpServletResponse first = fetch(get(url));
        current.forget();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE); // the pages' default language, as MockMvc asked
        DashboardData data = dashboard.data(
                LEADER,
                new DashboardFilter(
                        scenario.straw().planId(), scenario.periodIds().get(2), null, null));

        assertThat(first.getContentType()).startsWith("application/json");
        assertThat(first.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(json.writeValueAsString(data));
        assertThat(first.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"planId\":" + scenario.straw().planId())
                .contains("\"2022-06\"");
        assertThat(first.getHeader("Cache-Control")).contains("no-cache").contains("private");
    }

    @Test
    void aKeptAnswerCostsTheGenerationAndTheFenceAndATagHolderGetsNotModified() throws Exception {
        MockHttpServletResponse first = fetch(get(url));
        String tag = first.getHeader("ETag");
        assertThat(tag).matches("\"[0-9a-f]{32}\"");

        Counted<MockHttpServletResponse> again = CountingStatements.during(() -> fetch(get(url)));
        var againSql = CountingStatements.lastStatements();
        Counted<MockHttpServletResponse> revalidated =
                CountingStatements.during(() -> fetch(get(url).header("If-None-Match", tag)));

        assertThat(again.value().getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        assertThat(again.value().getHeader("ETag")).isEqualTo(tag);
        assertThat(again.statements())
                .as("the plan's generation and the region fence's plan and period: %s", againSql)
                .isEqualTo(3);
        assertThat(againSql).noneMatch(sql -> sql.contains("notification_inbox"));
        assertThat(revalidated.value().getStatus()).isEqualTo(304);
        assertThat(revalidated.value().getContentAsByteArray()).isEmpty();
        assertThat(revalidated.statements()).isEqualTo(3);
    }

    @Test
    void aClientAcceptingGzipGetsTheKeptGzipOfTheSameBodyWithItsOwnTag() throws Exception {
        MockHttpServletResponse plain = fetch(get(url));
        MockHttpServletResponse gzipped = fetch(get(url).header("Accept-Encoding", "gzip, deflate, br"));
        MockHttpServletResponse refused = fetch(get(url).header("Accept-Encoding", "gzip;q=0, identity"));

        assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.getHeaders("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        byte[] unpacked;
        try (var in =
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.getContentAsByteArray()))) {
            unpacked = in.readAllBytes();
        }
        assertThat(unpacked).isEqualTo(plain.getContentAsByteArray());
        assertThat(gzipped.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length / 3);
        assertThat(gzipped.getHeader("ETag")).isEqualTo(plain.getHeader("ETag").replaceAll("\"$", "-gzip\""));
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(refused.getHeader("Content-Encoding")).isNull();
        assertThat(refused.getContentAsByteArray()).isEqualTo(plain.getContentAsByteArray());

        MockHttpServletResponse revalidated =
                fetch(get(url).header("Accept-Encoding", "gzip").header("If-None-Match", gzipped.getHeader("ETag")));
        assertThat(revalidated.getStatus()).isEqualTo(304);
        assertThat(revalidated.getHeader("Cache-Control"))
                .as("a 304 repeats it")
                .contains("no-cache");
        assertThat(revalidated.getHeaders("Vary")).as("a 304 repeats it").anyMatch(v -> v.contains("Accept-Encoding"));
    }

    @Test
    void aSubmittedReportGivesANewBodyAndTagAtOnce() throws Exception {
        MockHttpServletResponse before = fetch(get(url));
        String tag = before.getHeader("ETag");

        submitSilentJuneReport();
        MockHttpServletResponse after = fetch(get(url).header("If-None-Match", tag));

        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getHeader("ETag")).isNotEqualTo(tag);
        assertThat(missing(after)).isEqualTo(missing(before) - 1);
    }

    private int missing(MockHttpServletResponse response) {
        var periods = json.readTree(response.getContentAsByteArray()).get("periods");
        for (var series : periods.get("timeliness")) {
            if (series.get("key").asString().equals("MISSING")) {
                return series.get("points").get(2).get("count").asInt();
            }
        }
        throw new AssertionError("no MISSING series in " + periods);
    }

    /** The charts' endpoint answers JSON only: its errors too, with their status, as a browser's fetch sends them. */
    @Test
    void anUnknownPlanOrAMalformedIdIsAJsonErrorWithItsStatus() throws Exception {
        for (String accept : new String[] {"*/*", "text/html,application/xhtml+xml,*/*;q=0.8"}) {
            MockHttpServletResponse unknown = mvc.perform(get("/leader/dashboard/data?plan=999999")
                            .header("Accept", accept)
                            .with(TestActors.leader()))
                    .andReturn()
                    .getResponse();
            MockHttpServletResponse malformed = mvc.perform(get("/leader/dashboard/data?plan=abc")
                            .header("Accept", accept)
                            .with(TestActors.leader()))
                    .andReturn()
                    .getResponse();

            assertThat(unknown.getStatus()).as(accept).isEqualTo(404);
            assertThat(unknown.getContentType()).as(accept).startsWith("application/json");
            var error = json.readTree(unknown.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(error.path("status").asInt()).isEqualTo(404);
            assertThat(error.path("message").asString()).isNotBlank().doesNotContain("<");
            // the container forwards a 400 to /error, which answers this handler's JSON (MockMvc forwards nothing)
            assertThat(malformed.getStatus()).as(accept).isEqualTo(400);
        }
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response =
                    mvc.perform(request.with(TestActors.leader())).andReturn().getResponse();
            assertThat(response.getStatus()).isIn(200, 304);
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void submitSilentJuneReport() {
        long silent = scenario.silentUnitId();
        long task = jdbc.sql("""
                        select t.id from task t join assignment a on a.task_id = t.id
                        where t.plan_id = ? and a.unit_id = ?
                          and a.position = (select min(position) from assignment where task_id = t.id)
                        order by t.position limit 1""")
                .params(scenario.straw().planId(), silent)
                .query(Long.class)
                .single();
        GreenPlanUser user = GreenPlanUser.of(SupervisionScenario.reporter(silent));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        reports.submit(
                SupervisionScenario.reporter(silent),
                new ReportKey(task, silent, scenario.periodIds().get(2)),
                new ReportInput("6月：补报进展。", "资金未到位。", "加快推进。", "50", Map.of(), Set.of()),
                0);
        SecurityContextHolder.clearContext();
    }
}

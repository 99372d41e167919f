package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.organisation.OfficeRegions;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The region fence on every id a URL or form names: the city's 宿州 plan (the supervision scenario, plus a
 * close-out request, a 催办单, a briefing, an assessment round …) and 砀山县's own plan with the same kinds of
 * things. 砀山县's office admin gets 404 for every URL naming a city thing (GET and POST, and a POST changes
 * nothing), opens its own, and its list pages show only its own; the city office opens both. A unit or plan
 * that does not exist answers 404, not an empty page.
 */
@IntegrationTest
class RegionFenceIntegrationTests {
    private static final String COUNTY_PLAN = "砀山县实施绿色发展行动2022年工作要点\n"
            + "一、大力推进绿色低碳循环发展\n"
            + "(一)建立健全绿色产业体系\n"
            + "1.推进秸秆综合利用工程。到2022年,完成秸秆综合利用率达92%以上等目标任务。(责任单位:县农业农村局)\n"
            + "2.推进畜禽粪污资源化利用。(责任单位:县农业农村局)\n";

    /** GET URLs naming one plan's things; {@code {x}} is replaced by that plan's id of kind x. */
    private static final List<String> PAGES = List.of(
            "/plans/{planId}/tasks/{taskId}",
            "/plans/{planId}/tasks/{taskId}/targets",
            "/office/reports/{reportId}",
            "/office/reports/attachments/{attachmentId}",
            "/office/plans/{planId}/periods/{periodId}/matrix",
            "/office/closeouts/evidence/{evidenceId}",
            "/leader/closeouts/evidence/{evidenceId}",
            "/office/urgings/{urgingId}.docx",
            "/office/assessments/{roundId}",
            "/leader/assessments/{roundId}",
            "/office/assessments/{roundId}/units/{unitId}",
            "/office/assessments/{roundId}/scores.xlsx",
            "/office/briefings/{briefingId}.docx",
            "/office/briefings/{briefingId}.pdf",
            "/leader/briefings/{briefingId}.pdf",
            "/plans/{planId}?unit={unitId}",
            "/plans/{planId}/ledger.xlsx?unit={unitId}",
            "/leader/dashboard?plan={planId}",
            "/leader/dashboard?plan={planId}&period={periodId}&unit={unitId}",
            "/leader/dashboard/data?plan={planId}",
            "/leader/dashboard/tasks?plan={planId}&section={sectionId}",
            "/office/briefings?plan={planId}",
            "/leader/briefings?plan={planId}",
            "/office/review?plan={planId}",
            "/office/review?period={periodId}",
            "/office/review?unit={unitId}",
            "/office/urgings/new?planId={planId}&taskId={taskId}",
            "/office/plans/{planId}/assessment?periodId={periodId}",
            "/office/audit?task={taskId}",
            "/api/plans/{planId}/tasks",
            "/api/reports/{reportId}",
            "/api/attachments/{attachmentId}",
            "/api/periods/{periodId}/tasks/{taskId}/report?unitId={unitId}");

    /** POST URLs (with the form a page would send) that change one plan's things. */
    private static final List<String> ACTIONS = List.of(
            "/office/reports/{reportId}/approval?rowVersion=1",
            "/office/reports/{reportId}/return?rowVersion=1&reason=数据有误",
            "/office/review/approval?report={reportId}:1",
            "/office/closeouts/{requestId}/approve?version=0&note=同意",
            "/office/closeouts/{requestId}/refuse?version=0&reason=材料不全",
            "/office/plans/{planId}/periods/{periodId}/close?version=0&reason=调度结束",
            "/office/plans/{planId}/periods/{periodId}/exceptions?unitId={unitId}&taskId={taskId}&reason=补报",
            "/office/plans/{planId}/periods/{periodId}/exceptions/{exceptionId}/revoke?reason=撤销",
            "/office/plans/{planId}/extensions/{extensionId}/refuse?version=0&reason=不予延期",
            "/office/assessments/{roundId}/publication?version=0",
            "/office/assessments/{roundId}/units/{unitId}/bonus?bonus=1&reason=创新&version=0",
            "/office/briefings?planId={planId}&periodId={periodId}&nextSteps=继续",
            "/office/briefings/schedules?planId={planId}&periodId={periodId}&generateOn=2022-07-06",
            "/office/briefings/schedules/{scheduleId}/removal?planId={planId}",
            "/office/urgings?planId={planId}&taskId={taskId}&unitIds={unitId}&message=请尽快报送",
            "/office/reminders/plans/{planId}/clear",
            "/office/tasks/{taskId}/changes?kind=CANCELLATION&statement=不再实施",
            "/plans/{planId}/tasks/{taskId}/targets/{targetId}/settings?version=0",
            "/units/{unitId}/confirm",
            "/admin/units/{unitId}?version=0&contactName=张三",
            "/admin/act-as/{unitId}?reason=代为填报");

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    ProgressReports reports;

    @Autowired
    OfficeRegions offices;

    @Autowired
    JdbcClient jdbc;

    Map<String, Long> city;
    Map<String, Long> county;
    Actor countyOffice;

    @BeforeEach
    void theCityAndACounty() {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        long dangshan = RegionFenceFixture.one(jdbc, "select id from region where name = '砀山县'");
        long userId = RegionFenceFixture.one(jdbc, """
                insert into app_user (username, display_name, must_change_password) values ('dangshan', '砀山县绿色办', false)
                returning id""");
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'OFFICE_ADMIN')")
                .param(userId)
                .update();
        offices.scope("dangshan", dangshan, "县绿色办账号");
        countyOffice = new Actor(userId, "dangshan", "砀山县绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
        long countyPlan = importAsCounty();
        long countyPeriod = RegionFenceFixture.one(jdbc, """
                insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on, grace_until,
                    state)
                values (?, '2022-06', date '2022-06-01', date '2022-06-30', date '2022-06-24', date '2022-06-22',
                    date '2022-06-24', 'OPEN') returning id""", countyPlan);
        city = RegionFenceFixture.things(
                jdbc, reports, scenario.straw().planId(), scenario.periodIds().get(2), 1);
        county = RegionFenceFixture.things(jdbc, reports, countyPlan, countyPeriod, 2);
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        jdbc.sql("delete from app_user where username = 'dangshan'").update();
    }

    @Test
    void aCountyOfficeGetsNotFoundForEveryCityThingAndChangesNothing() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String page : PAGES) {
            expect(get(url(page, city)), TestActors.as(countyOffice), 404, leaks);
        }
        String before = fingerprint();
        for (String action : ACTIONS) {
            expect(post(url(action, city)), TestActors.as(countyOffice), 404, leaks);
        }
        expect(
                post(url("/api/reports/{reportId}/approval", city))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1}"),
                TestActors.as(countyOffice),
                404,
                leaks);
        // a county thing named together with a city thing: the ids of two plans are no valid request
        expect(
                get(url("/office/plans/{planId}/assessment", county) + "?periodId=" + city.get("periodId")),
                TestActors.as(countyOffice),
                404,
                leaks);
        expect(
                post(url("/office/plans/{planId}/periods/{periodId}/exceptions", county) + "?reason=补报&unitId="
                        + city.get("unitId")),
                TestActors.as(countyOffice),
                404,
                leaks);

        // nor may it widen its own scope or make itself the city office
        mvc.perform(post("/admin/regions/offices").param("username", "dangshan").with(TestActors.as(countyOffice)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        mvc.perform(post("/admin/regions")
                        .param("name", "砀山县开发区")
                        .param("level", "DISTRICT")
                        .param(
                                "parentId",
                                "" + RegionFenceFixture.one(jdbc, "select id from region where name = '砀山县'"))
                        .with(TestActors.as(countyOffice)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
        assertThat(offices.scopeOf(countyOffice.userId())).map(r -> r.name()).contains("砀山县");

        assertThat(leaks)
                .as("URLs answering a county office about the city's plan")
                .isEmpty();
        assertThat(fingerprint()).as("nothing of either plan changed").isEqualTo(before);
    }

    @Test
    void aCountyOfficeOpensItsOwnThingsAndTheCityOfficeOpensBoth() throws Exception {
        List<String> refused = new ArrayList<>();
        for (String page : PAGES) {
            expect(get(url(page, county)), TestActors.as(countyOffice), 200, refused);
            expect(get(url(page, county)), TestActors.office(), 200, refused);
            expect(get(url(page, city)), TestActors.office(), 200, refused);
        }
        assertThat(refused).isEmpty();

        long requests = RegionFenceFixture.one(jdbc, "select count(*) from closeout_request where state = 'APPROVED'");
        mvc.perform(post(url("/office/closeouts/{requestId}/approve?version=0&note=同意", county))
                .with(TestActors.as(countyOffice)));
        assertThat(RegionFenceFixture.one(jdbc, "select count(*) from closeout_request where state = 'APPROVED'"))
                .as("the county's own request is approved")
                .isEqualTo(requests + 1);
    }

    @Test
    void aCountyOfficeListsOnlyItsOwnRegionsItems() throws Exception {
        Map<String, String> lists = Map.of(
                "/office/closeouts", "/office/closeouts/{requestId}/approve",
                "/leader/closeouts", "/leader/closeouts/evidence/{evidenceId}",
                "/office/urgings", "/office/urgings/{urgingId}.docx",
                "/leader/briefings", "/leader/briefings/{briefingId}.docx",
                "/office/assessments", "/office/assessments/{roundId}",
                "/leader/assessments", "/leader/assessments/{roundId}",
                "/office/review", "/office/reports/{reportId}");
        for (var list : lists.entrySet()) {
            String cityLink = url(list.getValue(), city) + "\"";
            String countyLink = url(list.getValue(), county) + "\"";
            assertThat(page(list.getKey(), TestActors.as(countyOffice)))
                    .as(list.getKey() + " for 砀山县")
                    .contains(countyLink)
                    .doesNotContain(cityLink);
            assertThat(page(list.getKey(), TestActors.office()))
                    .as(list.getKey() + " for the city")
                    .contains(countyLink, cityLink);
        }
    }

    @Test
    void aUnitOrPlanThatDoesNotExistOrIsNotThePlansAnswersNotFound() throws Exception {
        long otherPlansUnit = county.get("unitId");
        List<String> wrong = new ArrayList<>();
        for (String unit : List.of("999999", "" + otherPlansUnit)) {
            for (String page : List.of(
                    "/plans/{planId}?unit=",
                    "/plans/{planId}/ledger.xlsx?unit=",
                    "/plans/{planId}/ledger.csv?unit=",
                    "/leader/dashboard?plan={planId}&unit=",
                    "/leader/dashboard/data?plan={planId}&unit=",
                    "/leader/dashboard/tasks?plan={planId}&unit=",
                    "/office/review?plan={planId}&unit=")) {
                expect(get(url(page, city) + unit), TestActors.office(), 404, wrong);
            }
        }
        for (String page : List.of(
                "/leader/dashboard?plan=",
                "/leader/dashboard/data?plan=",
                "/office/briefings?plan=",
                "/leader/briefings?plan=",
                "/office/review?plan=",
                "/office/urgings/new?planId=")) {
            expect(get(page + 999999), TestActors.office(), 404, wrong);
        }
        expect(get(url("/leader/dashboard/data?plan={planId}&unit={unitId}", city)), TestActors.office(), 200, wrong);
        assertThat(wrong).isEmpty();
    }

    private void expect(MockHttpServletRequestBuilder request, RequestPostProcessor who, int status, List<String> wrong)
            throws Exception {
        var response = mvc.perform(request.with(who)).andReturn().getResponse();
        boolean ok = status == 200 ? response.getStatus() < 400 : response.getStatus() == status;
        if (!ok) {
            wrong.add(request.buildRequest(new org.springframework.mock.web.MockServletContext())
                            .getMethod() + " "
                    + request.buildRequest(new org.springframework.mock.web.MockServletContext())
                            .getRequestURI()
                    + "?"
                    + request.buildRequest(new org.springframework.mock.web.MockServletContext())
                            .getQueryString()
                    + " → " + response.getStatus());
        }
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String url(String template, Map<String, Long> ids) {
        Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder url = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(url, String.valueOf(ids.get(variable.group(1))));
        }
        return variable.appendTail(url).toString();
    }

    /** @return a digest of every row the actions could change, the audit trail included */
    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String table : List.of(
                "plan",
                "task",
                "target",
                "target_setting",
                "assignment",
                "responsible_unit",
                "progress_report",
                "progress_attachment",
                "reporting_period",
                "period_lock_exception",
                "extension_request",
                "closeout_request",
                "closeout_evidence",
                "urging",
                "urging_unit",
                "assessment_round",
                "assessment_entry",
                "briefing",
                "briefing_schedule",
                "reminder_settings",
                "audit_event")) {
            all.append(table)
                    .append(jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table
                                    + " t")
                            .query(String.class)
                            .single());
        }
        return all.toString();
    }

    private long importAsCounty() {
        GreenPlanUser user = GreenPlanUser.of(countyOffice);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return importer.importAndPublish(COUNTY_PLAN.getBytes(StandardCharsets.UTF_8), "dangshan.txt")
                    .planId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the region fence on ids leaves to a county or district office, closed: the audit trail lists only its
 * region's rows (filters included), the city-wide settings (global reminder settings, "run now", the calendar,
 * the briefing template, the region tree) are the city office's (403, read-only pages), the accounts pages
 * reach only the region's accounts and grant nothing beyond the unit roles of its units, and a unit merge never
 * moves another region's tasks. Every refused POST leaves the database as it was.
 */
@IntegrationTest
class RegionOfficeLimitsIntegrationTests {
    private static final String COUNTY_PLAN = "砀山县实施绿色发展行动2022年工作要点\n"
            + "一、大力推进绿色低碳循环发展\n"
            + "(一)建立健全绿色产业体系\n"
            + "1.推进秸秆综合利用工程。到2022年,完成秸秆综合利用率达92%以上等目标任务。(责任单位:县农业农村局)\n"
            + "2.推进畜禽粪污资源化利用。(责任单位:县农业农村局)\n";

    private static final List<String> ACCOUNTS =
            List.of("dangshan", "xiaoxian", "citywang", "leaderli", "cityreporter", "dsreporter", "dsnew", "dsboss");

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

    @Autowired
    org.greenplan.accounts.admin.BulkImports imports;

    Map<String, Long> city;
    Map<String, Long> county;
    Actor countyOffice;
    long dangshan;
    long cityOfficeUser;
    long leader;
    long otherCountyOffice;
    long cityReporter;
    long countyReporter;

    @BeforeEach
    void theCityAndACounty() {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        dangshan = RegionFenceFixture.one(jdbc, "select id from region where name = '砀山县'");
        long userId = user("dangshan", "砀山县绿色办", null, Role.OFFICE_ADMIN);
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
        cityOfficeUser = user("citywang", "市绿色办王五", null, Role.OFFICE_ADMIN);
        leader = user("leaderli", "李副市长", null, Role.LEADER);
        otherCountyOffice = user("xiaoxian", "萧县绿色办", null, Role.OFFICE_ADMIN);
        offices.scope("xiaoxian", RegionFenceFixture.one(jdbc, "select id from region where name = '萧县'"), "县绿色办账号");
        cityReporter = user("cityreporter", "市单位填报员", city.get("unitId"), Role.UNIT_REPORTER);
        countyReporter = user("dsreporter", "县单位填报员", county.get("unitId"), Role.UNIT_REPORTER);
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        for (String username : ACCOUNTS) {
            jdbc.sql("delete from office_region where user_id in (select id from app_user where username = ?)")
                    .param(username)
                    .update();
            jdbc.sql("delete from app_user_role where user_id in (select id from app_user where username = ?)")
                    .param(username)
                    .update();
            jdbc.sql("delete from app_user where username = ?").param(username).update();
        }
    }

    @Test
    void aCountyOfficesAuditTrailHoldsOnlyItsRegionsRowsWhateverTheFilters() throws Exception {
        audit("TASK", city.get("taskId"), city.get("taskId"), null, cityOfficeUser, "市级任务调整说明");
        audit("TASK", county.get("taskId"), county.get("taskId"), null, null, "县级任务调整说明");
        audit("REGION", dangshan, null, null, cityOfficeUser, "全市区划调整说明");
        audit("REPORTING_PERIOD", city.get("periodId"), null, null, cityOfficeUser, "市级调度期开启说明");
        audit("REPORTING_PERIOD", county.get("periodId"), null, null, null, "县级调度期开启说明");
        audit("USER", countyOffice.userId(), null, null, null, "县账号重置说明");
        audit("USER", cityReporter, null, city.get("unitId"), null, "市单位账号说明");
        audit("USER", countyReporter, null, county.get("unitId"), null, "县单位账号说明");
        List<String> cityRows = List.of("市级任务调整说明", "全市区划调整说明", "市级调度期开启说明", "市单位账号说明", "市绿色办王五");

        assertThat(page("/office/audit", TestActors.as(countyOffice)))
                .contains("县级任务调整说明", "县级调度期开启说明", "县账号重置说明", "县单位账号说明")
                .doesNotContain(cityRows);
        for (String filter : List.of(
                "?user=" + cityOfficeUser,
                "?entity=REGION",
                "?entity=REPORTING_PERIOD&entityId=" + city.get("periodId"),
                "?entity=USER&entityId=" + cityReporter,
                "?from=2000-01-01&to=2100-01-01")) {
            assertThat(page("/office/audit" + filter, TestActors.as(countyOffice)))
                    .as(filter)
                    .doesNotContain(cityRows);
        }
        assertThat(page("/office/audit?entity=REPORTING_PERIOD", TestActors.as(countyOffice)))
                .contains("县级调度期开启说明");
        assertThat(page("/office/audit", TestActors.office()))
                .as("the city office reads every row")
                .contains(cityRows)
                .contains("县级任务调整说明", "县账号重置说明");
    }

    @Test
    void theCitywideSettingsAreTheCityOfficesAndACountyOfficeReadsThemOnly() throws Exception {
        List<String> wrong = new ArrayList<>();
        String before = fingerprint();
        expect(
                post("/office/reminders/settings")
                        .param("enabled", "false")
                        .param("daysBefore", "1")
                        .param("escalateAfter", "9")
                        .param("maxPerUnitDay", "1"),
                TestActors.as(countyOffice),
                403,
                wrong);
        expect(post("/office/reminders/run"), TestActors.as(countyOffice), 403, wrong);
        expect(
                multipart("/admin/calendar/preview")
                        .file("file", "date,kind,name\n2027-01-01,holiday,元旦\n".getBytes(StandardCharsets.UTF_8)),
                TestActors.as(countyOffice),
                403,
                wrong);
        expect(post("/admin/calendar").param("token", "x"), TestActors.as(countyOffice), 403, wrong);
        expect(
                multipart("/office/briefings/template").file("file", "PK".getBytes(StandardCharsets.US_ASCII)),
                TestActors.as(countyOffice),
                403,
                wrong);
        expect(post("/office/briefings/template/reset"), TestActors.as(countyOffice), 403, wrong);
        expect(post("/admin/regions/offices").param("username", "dangshan"), TestActors.as(countyOffice), 403, wrong);
        assertThat(wrong).as("city-wide requests a county office got through").isEmpty();
        assertThat(fingerprint()).as("nothing changed").isEqualTo(before);

        // its own plan's reminder settings are its own
        expect(
                post("/office/reminders/settings")
                        .param("planId", "" + county.get("planId"))
                        .param("enabled", "true")
                        .param("daysBefore", "2")
                        .param("escalateAfter", "3")
                        .param("maxPerUnitDay", "1"),
                TestActors.as(countyOffice),
                302,
                wrong);
        assertThat(wrong).isEmpty();
        assertThat(RegionFenceFixture.one(
                        jdbc, "select count(*) from reminder_settings where plan_id = ?", county.get("planId")))
                .isEqualTo(1L);

        String page = page("/office/reminders", TestActors.as(countyOffice));
        assertThat(page).contains("id=\"global-read-only\"").doesNotContain("id=\"run-reminders\"");
        assertThat(page("/office/reminders", TestActors.office()))
                .contains("id=\"run-reminders\"")
                .doesNotContain("id=\"global-read-only\"");
        var global = jdbc.sql("select enabled, days_before, escalate_after, max_per_unit_day, version"
                        + " from reminder_settings where plan_id is null")
                .query((rs, i) ->
                        new Object[] {rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)})
                .optional();
        expect(
                post("/office/reminders/settings")
                        .param("enabled", "true")
                        .param("daysBefore", "4")
                        .param("escalateAfter", "5")
                        .param("maxPerUnitDay", "2")
                        .param("version", "" + global.map(g -> g[4]).orElse(0)),
                TestActors.office(),
                302,
                wrong);
        assertThat(wrong).isEmpty();
        assertThat(RegionFenceFixture.one(
                        jdbc, "select count(*) from reminder_settings where plan_id is null and days_before = 4"))
                .as("the city office changes the global settings")
                .isEqualTo(1L);
        // the global settings as they were, for the tests that follow
        global.ifPresentOrElse(
                g -> jdbc.sql("update reminder_settings set enabled = ?, days_before = ?, escalate_after = ?,"
                                + " max_per_unit_day = ? where plan_id is null")
                        .params(g[0], g[1], g[2], g[3])
                        .update(),
                () -> jdbc.sql("delete from reminder_settings where plan_id is null")
                        .update());
    }

    @Test
    void aCountyOfficeAdministersOnlyItsRegionsAccounts() throws Exception {
        assertThat(page("/admin/users", TestActors.as(countyOffice)))
                .contains(">dsreporter<", ">dangshan<")
                .doesNotContain(">citywang<", ">leaderli<", ">xiaoxian<", ">cityreporter<");
        assertThat(page("/admin/users?role=LEADER", TestActors.as(countyOffice)))
                .doesNotContain(">leaderli<");
        assertThat(page("/admin/users", TestActors.office())).contains(">citywang<", ">leaderli<", ">xiaoxian<");

        List<String> leaks = new ArrayList<>();
        String before = fingerprint();
        for (long other : List.of(cityOfficeUser, leader, otherCountyOffice, cityReporter)) {
            expect(get("/admin/users/" + other), TestActors.as(countyOffice), 404, leaks);
            expect(post("/admin/users/" + other + "/disable"), TestActors.as(countyOffice), 404, leaks);
            expect(post("/admin/users/" + other + "/enable"), TestActors.as(countyOffice), 404, leaks);
            expect(post("/admin/users/" + other + "/password"), TestActors.as(countyOffice), 404, leaks);
            expect(
                    userForm(post("/admin/users/" + other), "taken" + other, county.get("unitId"), Role.UNIT_REPORTER)
                            .param("version", "0"),
                    TestActors.as(countyOffice),
                    404,
                    leaks);
        }
        // no account of another region's unit, and no role beyond a unit's
        expect(
                userForm(post("/admin/users"), "dsnew", city.get("unitId"), Role.UNIT_REPORTER),
                TestActors.as(countyOffice),
                404,
                leaks);
        for (Role wider : List.of(Role.LEADER, Role.OFFICE_ADMIN)) {
            String form = mvc.perform(userForm(post("/admin/users"), "dsboss", null, wider)
                            .with(TestActors.as(countyOffice)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String name = wider == Role.LEADER ? "领导" : "办公室管理员";
            assertThat(form).as(wider.name()).contains("不能授予" + name + "角色").doesNotContain("不能授予 " + wider.name());
        }
        // its own unit's reporter cannot be made an office admin or a leader either
        for (Role wider : List.of(Role.LEADER, Role.OFFICE_ADMIN)) {
            mvc.perform(userForm(post("/admin/users/" + countyReporter), "dsreporter", null, wider)
                    .param("version", "0")
                    .with(TestActors.as(countyOffice)));
        }
        assertThat(leaks).as("accounts outside 砀山县 a county office reached").isEmpty();
        assertThat(fingerprint()).as("no account changed").isEqualTo(before);

        // its own region's accounts are its own
        expect(get("/admin/users/" + countyReporter), TestActors.as(countyOffice), 200, leaks);
        expect(
                userForm(post("/admin/users"), "dsnew", county.get("unitId"), Role.UNIT_LEADER),
                TestActors.as(countyOffice),
                200,
                leaks);
        expect(post("/admin/users/" + countyReporter + "/disable"), TestActors.as(countyOffice), 302, leaks);
        assertThat(leaks).isEmpty();
        assertThat(RegionFenceFixture.one(jdbc, "select count(*) from app_user where username = 'dsnew'"))
                .isEqualTo(1L);
        assertThat(RegionFenceFixture.one(
                        jdbc, "select count(*) from app_user where username = 'dsreporter' and not enabled"))
                .isEqualTo(1L);
    }

    @Test
    void aCountyOfficesExcelImportOfAccountsGrantsNoRoleBeyondAUnits() {
        byte[] file = org.greenplan.accounts.admin.Sheets.xlsx(
                new Object[] {"dsboss", "县领导", null, "领导", null, null},
                new Object[] {"dsnew", "县管理员", null, "办公室管理员", null, null},
                new Object[] {"dsreporter2", "县填报员", "县农业农村局", "填报员", null, null});
        signIn(countyOffice);
        try {
            var preview = imports.upload(
                    org.greenplan.accounts.admin.ImportKind.USERS,
                    "users.xlsx",
                    new java.io.ByteArrayInputStream(file));
            assertThat(preview.rows())
                    .extracting(
                            row -> row.problems().stream().map(p -> p.code()).toList())
                    .containsExactly(List.of("user.roles.beyondRegion"), List.of("user.roles.beyondRegion"), List.of());
            assertThat(preview.confirmable()).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aCountyOfficeMergesOnlyItsUnitsAndNeverMovesAnotherRegionsTasks() throws Exception {
        long typo = RegionFenceFixture.one(jdbc, """
                insert into responsible_unit (region_id, name, confirmed) values (?, '县发改', false) returning id""", dangshan);
        long real = RegionFenceFixture.one(jdbc, """
                insert into responsible_unit (region_id, name, confirmed) values (?, '县发展和改革委员会', true)
                returning id""", dangshan);
        // a city task naming the county's unit (as a hand-edited import could)
        jdbc.sql("""
                        insert into assignment (task_id, position, unit_id, role, printed_name)
                        values (?, 99, ?, 'CO', '县发改')""").params(city.get("taskId"), typo).update();
        long cityUnit = RegionFenceFixture.one(jdbc, """
                insert into responsible_unit (region_id, name, confirmed)
                select region_id, '市发改', false from responsible_unit where id = ? returning id""", city.get("unitId"));

        List<String> wrong = new ArrayList<>();
        String before = fingerprint();
        expect(post("/units/" + cityUnit + "/merge").param("into", "" + real), TestActors.as(countyOffice), 404, wrong);
        expect(
                post("/units/" + typo + "/merge").param("into", "" + city.get("unitId")),
                TestActors.as(countyOffice),
                404,
                wrong);
        expect(post("/units/" + typo + "/merge").param("into", "" + real), TestActors.as(countyOffice), 302, wrong);
        assertThat(wrong).isEmpty();
        assertThat(fingerprint())
                .as("the city task still names 县发改: nothing moved")
                .isEqualTo(before);

        assertThat(page("/admin/units", TestActors.as(countyOffice)))
                .contains("县发展和改革委员会")
                .doesNotContain("市发展和改革委员会");

        jdbc.sql("delete from assignment where task_id = ? and position = 99")
                .param(city.get("taskId"))
                .update();
        expect(post("/units/" + typo + "/merge").param("into", "" + real), TestActors.as(countyOffice), 302, wrong);
        assertThat(RegionFenceFixture.one(jdbc, "select count(*) from responsible_unit where id = ?", typo))
                .as("merged once no other region's plan names it")
                .isZero();
    }

    private long user(String username, String name, Long unitId, Role role) {
        long id = RegionFenceFixture.one(jdbc, """
                insert into app_user (username, display_name, unit_id, must_change_password) values (?, ?, ?, false)
                returning id""", username, name, unitId);
        jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)")
                .params(id, role.name())
                .update();
        return id;
    }

    private void audit(String entity, long entityId, Long taskId, Long unitId, Long actorId, String reason) {
        jdbc.sql("""
                        insert into audit_event (actor, actor_user_id, entity, entity_id, task_id, unit_id, action, reason)
                        values (?, ?, ?, ?, ?, ?, 'UPDATED', ?)""")
                .params(actorId == null ? "系统" : "市绿色办王五", actorId, entity, entityId, taskId, unitId, reason)
                .update();
    }

    private static MockHttpServletRequestBuilder userForm(
            MockHttpServletRequestBuilder request, String username, Long unitId, Role role) {
        request.param("username", username).param("displayName", "新用户").param("roles", role.name());
        return unitId == null ? request : request.param("unitId", "" + unitId);
    }

    private void expect(
            AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor who, int status, List<String> wrong)
            throws Exception {
        var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        int got = mvc.perform(request.with(who)).andReturn().getResponse().getStatus();
        if (got != status) {
            wrong.add(built.getMethod() + " " + built.getRequestURI() + " → " + got);
        }
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** @return a digest of every row the refused requests could change, the audit trail included */
    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String table : List.of(
                "app_user",
                "app_user_role",
                "office_region",
                "region",
                "responsible_unit",
                "unit_alias",
                "assignment",
                "reminder_settings",
                "reminder",
                "briefing_template",
                "audit_event")) {
            all.append(table)
                    .append(jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table
                                    + " t")
                            .query(String.class)
                            .single());
        }
        return all.toString();
    }

    private static void signIn(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long importAsCounty() {
        signIn(countyOffice);
        try {
            return importer.importAndPublish(COUNTY_PLAN.getBytes(StandardCharsets.UTF_8), "dangshan.txt")
                    .planId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.organisation.OfficeRegions;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.planimport.PlanImporter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The review of a county's draft works in the county's unit directory, whoever reviews it: the unit names the
 * page offers, the units a correction picks and the units it creates are the plan's region's ({@code
 * plan.region_id}), never the signed-in office's. The city office reviewing 砀山县's draft matches 县农业农村局 to the
 * county's unit and creates a new unit in 砀山县; the county office's own review does the same.
 */
@IntegrationTest
class ReviewPlanRegionIntegrationTests {
    private static final String COUNTY_PLAN = "砀山县实施绿色发展行动2022年工作要点\n"
            + "一、大力推进绿色低碳循环发展\n"
            + "(一)建立健全绿色产业体系\n"
            + "1.推进秸秆综合利用工程。到2022年,完成秸秆综合利用率达92%以上等目标任务。(责任单位:县农业农村局)\n"
            + "2.推进畜禽粪污资源化利用。(责任单位:县农业农村局)\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    OfficeRegions offices;

    @Autowired
    UnitDirectory directory;

    @Autowired
    JdbcClient jdbc;

    long dangshan;
    long cityRegion;
    Actor countyOffice;
    long planId;
    long countyUnit;

    @BeforeEach
    void aCountyDraftNamingAUnitOnlyTheCountyHas() {
        dangshan = RegionFenceFixture.one(jdbc, "select id from region where name = '砀山县'");
        cityRegion = directory.defaultRegion().id();
        jdbc.sql("insert into responsible_unit (region_id, name, confirmed) values (?, '市审核测试局', true)")
                .param(cityRegion)
                .update();
        long userId = RegionFenceFixture.one(jdbc, """
                insert into app_user (username, display_name, must_change_password)
                values ('dsreview', '砀山县绿色办', false) returning id""");
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'OFFICE_ADMIN')")
                .param(userId)
                .update();
        offices.scope("dsreview", dangshan, "县绿色办账号");
        countyOffice = new Actor(userId, "dsreview", "砀山县绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
        planId = importAsCounty();
        countyUnit = RegionFenceFixture.one(
                jdbc, "select id from responsible_unit where region_id = ? and name = '县农业农村局'", dangshan);
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        for (String table : List.of("office_region", "app_user_role")) {
            jdbc.sql("delete from " + table + " where user_id in (select id from app_user where username = 'dsreview')")
                    .update();
        }
        jdbc.sql("delete from app_user where username = 'dsreview'").update();
        jdbc.sql("delete from responsible_unit where name in ('市审核测试局', '县农业农村局', '县林业局')")
                .update();
    }

    @Test
    void theCityReviewingACountyDraftIsOfferedTheCountysUnitNames() throws Exception {
        assertThat(offeredUnitNames(TestActors.office())).contains("县农业农村局").doesNotContain("市审核测试局");
        assertThat(offeredUnitNames(TestActors.as(countyOffice)))
                .as("the county's own review, unchanged")
                .contains("县农业农村局")
                .doesNotContain("市审核测试局");
    }

    @Test
    void theCitysCorrectionMatchesTheCountyUnitAndCreatesNewUnitsInTheCounty() throws Exception {
        correctFirstTask(TestActors.office());

        assertThat(assignedUnits()).containsExactly(countyUnit, unitOf(dangshan, "县林业局"));
        assertThat(RegionFenceFixture.one(
                        jdbc,
                        "select count(*) from responsible_unit where name in ('县农业农村局', '县林业局') and region_id <> ?",
                        dangshan))
                .as("no unit of the county's names in the city's directory")
                .isZero();
        assertThat(RegionFenceFixture.one(
                        jdbc, "select count(*) from responsible_unit where name = '县林业局' and not confirmed"))
                .as("the unit the review created, unconfirmed, once")
                .isEqualTo(1L);
    }

    @Test
    void theCountysOwnCorrectionMatchesAndCreatesInItsRegionAsBefore() throws Exception {
        correctFirstTask(TestActors.as(countyOffice));

        assertThat(assignedUnits()).containsExactly(countyUnit, unitOf(dangshan, "县林业局"));
        assertThat(RegionFenceFixture.one(
                        jdbc, "select count(*) from responsible_unit where name in ('县农业农村局', '县林业局')"))
                .isEqualTo(2L);
    }

    private void correctFirstTask(RequestPostProcessor who) throws Exception {
        long taskId = firstTask();
        int version = jdbc.sql("select version from task where id = ?")
                .param(taskId)
                .query(Integer.class)
                .single();
        int status = mvc.perform(post("/plans/" + planId + "/review/tasks/" + taskId)
                        .param("version", String.valueOf(version))
                        .param("text", "推进秸秆综合利用工程。")
                        .param("deadlineOpen", "true")
                        .param("units[0].name", "县农业农村局")
                        .param("units[0].role", "LEAD")
                        .param("units[1].name", "县林业局")
                        .param("units[1].role", "CO")
                        .with(who))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status)
                .as("a plain correction post is redirected to the review page")
                .isEqualTo(302);
    }

    private List<String> offeredUnitNames(RequestPostProcessor who) throws Exception {
        String page = mvc.perform(get("/plans/" + planId + "/review").with(who))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(page).select("datalist#unit-names option").eachAttr("value");
    }

    private List<Long> assignedUnits() {
        return jdbc.sql("select unit_id from assignment where task_id = ? order by position")
                .param(firstTask())
                .query(Long.class)
                .list();
    }

    private long firstTask() {
        return RegionFenceFixture.one(jdbc, "select min(id) from task where plan_id = ?", planId);
    }

    private long unitOf(long regionId, String name) {
        return RegionFenceFixture.one(
                jdbc, "select id from responsible_unit where region_id = ? and name = ?", regionId, name);
    }

    private long importAsCounty() {
        GreenPlanUser user = GreenPlanUser.of(countyOffice);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return importer.importDraft(COUNTY_PLAN.getBytes(StandardCharsets.UTF_8), "dangshan-review.txt")
                    .planId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

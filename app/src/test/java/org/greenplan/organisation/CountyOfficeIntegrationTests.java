package org.greenplan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Set;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The region tree and a county office: 砀山县's office admin imports into 砀山县, lists only 砀山县's plans
 * and gets 404 for the city's plan; the city office sees both.
 */
@IntegrationTest
class CountyOfficeIntegrationTests {
    private static final String COUNTY_PLAN = "砀山县实施绿色发展行动2022年工作要点\n"
            + "一、大力推进绿色低碳循环发展\n"
            + "(一)建立健全绿色产业体系\n"
            + "1.推进秸秆综合利用工程。到2022年,完成秸秆综合利用率达92%以上等目标任务。(责任单位:县农业农村局)\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Regions regions;

    @Autowired
    OfficeRegions offices;

    long cityPlan;
    long dangshan;
    Actor countyOffice;

    @BeforeEach
    void cityPlanAndACountyOffice() {
        cityPlan = PublishedStrawTarget.publish(importer, jdbc).planId();
        dangshan = jdbc.sql("select id from region where name = '砀山县'")
                .query(Long.class)
                .single();
        long userId = jdbc.sql("""
                        insert into app_user (username, display_name, must_change_password) values ('dangshan', '砀山县绿色办', false)
                        returning id""").query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'OFFICE_ADMIN')")
                .param(userId)
                .update();
        offices.scope("Dangshan", dangshan, "县绿色办账号");
        countyOffice = new Actor(userId, "dangshan", "砀山县绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
    }

    @AfterEach
    void removeTheCountyOffice() {
        DatabaseCleaner.clean(jdbc);
        jdbc.sql("delete from app_user where username = 'dangshan'").update();
        jdbc.sql("delete from region where name = '宿州市高新区'").update();
    }

    @Test
    void theTreeHoldsTheCityWithItsCountiesAndDistrictsBelowIt() {
        assertThat(regions.tree().stream().map(RegionNode::name))
                .containsSubsequence("宿州市", "埇桥区", "砀山县", "萧县", "灵璧县", "泗县");
        long city = regions.tree().get(0).id();
        assertThat(regions.children(city))
                .extracting(RegionNode::level)
                .containsExactly(
                        RegionLevel.DISTRICT,
                        RegionLevel.COUNTY,
                        RegionLevel.COUNTY,
                        RegionLevel.COUNTY,
                        RegionLevel.COUNTY);
        assertThat(regions.subtree(city)).hasSize(6).contains(dangshan);

        RegionNode added = regions.add(" 宿州市高新区 ", RegionLevel.DISTRICT, city);
        assertThat(added.name()).isEqualTo("宿州市高新区");
        assertThat(regions.children(city)).last().isEqualTo(added);
        assertThatThrownBy(() -> regions.add("砀山县", RegionLevel.COUNTY, city))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> regions.add("某镇", RegionLevel.COUNTY, dangshan))
                .as("a county holds no county")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountyOfficeImportsIntoItsCountyAndSeesOnlyItsPlans() throws Exception {
        String location = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile(
                                "file", "dangshan.txt", "text/plain", COUNTY_PLAN.getBytes(StandardCharsets.UTF_8)))
                        .with(TestActors.as(countyOffice)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long countyPlan = jdbc.sql("select id from plan where title like '砀山县%'")
                .query(Long.class)
                .single();

        assertThat(location).as("the import's review").contains("/plans/" + countyPlan);
        assertThat(offices.regionOfPlan(countyPlan)).contains(dangshan);
        assertThat(jdbc.sql("""
                        select distinct u.region_id from assignment a join task t on t.id = a.task_id
                        join responsible_unit u on u.id = a.unit_id where t.plan_id = ?""").param(countyPlan).query(Long.class).list())
                .as("the county's own unit directory")
                .containsExactly(dangshan);

        String countyHome = page("/", countyOffice);
        assertThat(countyHome)
                .contains("href=\"/plans/" + countyPlan + "/review\"")
                .as("the city plan is not listed")
                .doesNotContain("/plans/" + cityPlan + "\"", "/plans/" + cityPlan + "/");
        mvc.perform(get("/plans/{id}", cityPlan).with(TestActors.as(countyOffice)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/ledger.xlsx", cityPlan).with(TestActors.as(countyOffice)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/review", countyPlan).with(TestActors.as(countyOffice)))
                .andExpect(status().isOk());
        long cityTask = jdbc.sql("select min(id) from task where plan_id = ?")
                .param(cityPlan)
                .query(Long.class)
                .single();
        long countyTask = jdbc.sql("select min(id) from task where plan_id = ?")
                .param(countyPlan)
                .query(Long.class)
                .single();
        // a URL naming only a task of the city's plan is fenced like the plan itself
        mvc.perform(get("/office/tasks/{id}/changes", cityTask).with(TestActors.as(countyOffice)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/office/audit/task/{id}", cityTask).with(TestActors.as(countyOffice)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/office/tasks/{id}/changes", countyTask).with(TestActors.as(countyOffice)))
                .andExpect(status().isOk());
        mvc.perform(get("/office/tasks/{id}/changes", cityTask).with(TestActors.office()))
                .andExpect(status().isOk());

        String cityHome = mvc.perform(get("/").with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(cityHome).contains("/plans/" + countyPlan + "/", "/plans/" + cityPlan + "\"");
    }

    @Test
    void onlyAnOfficeAdminIsScopedAndOnlyToACountyOrDistrict() {
        long city = regions.tree().get(0).id();

        assertThatThrownBy(() -> offices.scope("dangshan", city, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offices.scope("nobody", dangshan, null)).isInstanceOf(NoSuchElementException.class);
        assertThat(offices.scopedOffices())
                .extracting(OfficeRegions.ScopedOffice::username)
                .containsExactly("dangshan");

        offices.scope("dangshan", null, "调回市级");
        assertThat(offices.scopeOf(countyOffice.userId())).isEmpty();
    }

    @Test
    void theRegionsPageAddsADistrictAndScopesAnAccount() throws Exception {
        long city = regions.tree().get(0).id();
        mvc.perform(post("/admin/regions")
                        .param("name", "宿州市高新区")
                        .param("level", "DISTRICT")
                        .param("parentId", "" + city)
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/regions/offices")
                        .param("username", "dangshan")
                        .param("regionId", "" + regions.children(city).get(2).id())
                        .with(TestActors.office()))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/admin/regions", null)).contains("宿州市高新区", "萧县");
        assertThat(offices.scopeOf(countyOffice.userId())).map(RegionNode::name).contains("萧县");
    }

    private String page(String path, Actor actor) throws Exception {
        return mvc.perform(get(path).with(actor == null ? TestActors.office() : TestActors.as(actor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

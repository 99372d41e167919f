package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.organisation.OfficeRegions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The filter lists a county or district office is offered hold only what its region holds: the dashboard's
 * region filter its own region (and any below it), the audit trail's kind filter only kinds that occur in the rows
 * it may read. The city office is offered every region and every kind.
 */
@IntegrationTest
class CountyOfficeFilterChoicesIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    OfficeRegions offices;

    @Autowired
    JdbcClient jdbc;

    Actor countyOffice;
    long dangshan;

    @BeforeEach
    void aCountyOffice() {
        dangshan = RegionFenceFixture.one(jdbc, "select id from region where name = '砀山县'");
        long userId = RegionFenceFixture.one(jdbc, """
                insert into app_user (username, display_name, must_change_password)
                values ('dsoffice', '砀山县绿色办', false) returning id""");
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'OFFICE_ADMIN')")
                .param(userId)
                .update();
        offices.scope("dsoffice", dangshan, "县绿色办账号");
        countyOffice = new Actor(userId, "dsoffice", "砀山县绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        jdbc.sql("delete from office_region where user_id in (select id from app_user where username = 'dsoffice')")
                .update();
        jdbc.sql("delete from app_user_role where user_id in (select id from app_user where username = 'dsoffice')")
                .update();
        jdbc.sql("delete from app_user where username = 'dsoffice'").update();
    }

    @Test
    void aCountyOfficesDashboardOffersOnlyItsOwnRegion() throws Exception {
        assertThat(options(page("/leader/dashboard", TestActors.as(countyOffice)), "filter-region"))
                .containsExactly("全部", "砀山县");
        assertThat(mvc.perform(get("/leader/dashboard?region=" + cityId()).with(TestActors.as(countyOffice)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the city, no longer offered, stays closed when typed into the address")
                .isEqualTo(404);
    }

    @Test
    void theCityOfficesDashboardOffersEveryRegionCityFirst() throws Exception {
        List<String> regions = options(page("/leader/dashboard", TestActors.office()), "filter-region");
        assertThat(regions).startsWith("全部", "宿州市").contains("砀山县", "埇桥区", "萧县", "灵璧县", "泗县");
        assertThat(regions)
                .hasSize(1
                        + jdbc.sql("select count(*) from region")
                                .query(Long.class)
                                .single()
                                .intValue());
    }

    @Test
    void aCountyOfficesAuditKindsAreOnlyThoseOfItsRegionsRows() throws Exception {
        audit("REGION", dangshan, null);
        audit("CALENDAR_YEAR", 2022, null);
        audit("USER", countyOffice.userId(), null);

        // other tests' entries of county units may add kinds (进展报告 …): only the city-wide ones must be absent
        assertThat(options(page("/office/audit", TestActors.as(countyOffice)), "entity"))
                .startsWith("全部")
                .contains("用户")
                .doesNotContain("县区", "节假日安排");
        assertThat(options(page("/office/audit", TestActors.office()), "entity"))
                .as("the city office is offered the city-wide kinds too")
                .contains("用户", "县区", "节假日安排");
    }

    private long cityId() {
        return RegionFenceFixture.one(jdbc, "select id from region where parent_id is null");
    }

    private void audit(String entity, long entityId, Long taskId) {
        jdbc.sql("""
                        insert into audit_event (actor, entity, entity_id, task_id, action, reason)
                        values ('系统', ?, ?, ?, 'UPDATED', '说明')""").params(entity, entityId, taskId).update();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** @return the visible texts of the options of the select with the id */
    private static List<String> options(String html, String selectId) {
        Matcher select = Pattern.compile("<select[^>]*id=\"" + selectId + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        assertThat(select.find()).as("select #" + selectId).isTrue();
        return Pattern.compile("<option[^>]*>([^<]*)</option>")
                .matcher(select.group(1))
                .results()
                .map(m -> m.group(1).strip())
                .toList();
    }
}

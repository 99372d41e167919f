package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.organisation.OfficeRegions;
import org.greenplan.planimport.ImportJob;
import org.greenplan.planimport.ImportJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The same document bytes are imported once per region (V107: {@code plan_source (region_id, sha256)}): a county
 * office imports a document the city imported as its own plan, while within one region the duplicate still
 * opens the region's own plan with the duplicate notice. A duplicate never names another region's plan, also on
 * the background import the upload form uses (htmx), which runs without the signed-in office.
 */
@IntegrationTest
class RegionImportDuplicatesIntegrationTests {
    private static final byte[] NOTICE = ("宿州市实施绿色发展行动2022年工作要点\n"
                    + "一、大力推进绿色低碳循环发展\n"
                    + "(一)建立健全绿色产业体系\n"
                    + "1.推进秸秆综合利用工程。到2022年,完成秸秆综合利用率达92%以上等目标任务。(责任单位:市农业农村局)\n"
                    + "2.推进畜禽粪污资源化利用。(责任单位:市农业农村局)\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final String DUPLICATE = "该文件已导入过，已为您打开原计划。";
    private static final Pattern REVIEW = Pattern.compile("/plans/(\\d+)/review");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfficeRegions offices;

    @Autowired
    ImportJobs jobs;

    long dangshan;
    long city;
    RequestPostProcessor countyOffice;

    @BeforeEach
    void aCountyOffice() {
        dangshan = RegionFenceFixture.one(jdbc, "select id from region where name = '砀山县'");
        city = RegionFenceFixture.one(jdbc, "select id from region where name = '宿州市'");
        long userId = RegionFenceFixture.one(jdbc, """
                insert into app_user (username, display_name, must_change_password)
                values ('dsimport', '砀山县绿色办', false) returning id""");
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'OFFICE_ADMIN')")
                .param(userId)
                .update();
        offices.scope("dsimport", dangshan, "县绿色办账号");
        countyOffice = TestActors.as(new Actor(userId, "dsimport", "砀山县绿色办", null, Set.of(Role.OFFICE_ADMIN), false));
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        jdbc.sql("delete from office_region where user_id in (select id from app_user where username = 'dsimport')")
                .update();
        jdbc.sql("delete from app_user_role where user_id in (select id from app_user where username = 'dsimport')")
                .update();
        jdbc.sql("delete from app_user where username = 'dsimport'").update();
    }

    @Test
    void aDocumentTheCityImportedImportsIntoACountyAsItsOwnPlan() throws Exception {
        MvcResult byCity = upload(TestActors.office());
        long cityPlan = planIn(byCity);
        assertThat(notice(byCity)).startsWith("已解析“宿州市实施绿色发展行动2022年工作要点”：2 项任务");

        MvcResult byCounty = upload(countyOffice);
        long countyPlan = planIn(byCounty);

        assertThat(countyPlan).as("a plan of its own, not the city's").isNotEqualTo(cityPlan);
        assertThat(notice(byCounty)).startsWith("已解析“宿州市实施绿色发展行动2022年工作要点”：2 项任务");
        assertThat(regionOf(cityPlan)).isEqualTo(city);
        assertThat(regionOf(countyPlan)).isEqualTo(dangshan);
        assertThat(status(get("/plans/" + cityPlan), countyOffice))
                .as("the city's plan stays closed to the county")
                .isEqualTo(404);
        String review = page("/plans/" + countyPlan + "/review", countyOffice);
        assertThat(review)
                .as("the city's plan of the same title is not offered as an earlier import")
                .doesNotContain("id=\"same-title\"")
                .doesNotContain("/plans/" + cityPlan + "/");
    }

    @Test
    void withinOneRegionTheDuplicateOpensThatRegionsOwnPlan() throws Exception {
        long cityPlan = planIn(upload(TestActors.office()));
        long countyPlan = planIn(upload(countyOffice));

        MvcResult countyAgain = upload(countyOffice);
        assertThat(countyAgain.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + countyPlan + "/review");
        assertThat(notice(countyAgain)).isEqualTo(DUPLICATE);

        MvcResult cityAgain = upload(TestActors.office());
        assertThat(cityAgain.getResponse().getRedirectedUrl())
                .as("the city still sees duplicates of its own")
                .isEqualTo("/plans/" + cityPlan + "/review");
        assertThat(notice(cityAgain)).isEqualTo(DUPLICATE);

        assertThat(RegionFenceFixture.one(jdbc, "select count(*) from plan")).isEqualTo(2L);
        assertThat(RegionFenceFixture.one(jdbc, "select count(*) from plan_source where region_id = ?", dangshan))
                .isEqualTo(1L);
    }

    @Test
    void theBackgroundImportGoesToTheCountyAndItsDuplicateNamesOnlyTheCountysPlan() throws Exception {
        long cityPlan = planIn(upload(TestActors.office()));

        ImportJob first = backgroundUpload(countyOffice);
        assertThat(first.succeeded())
                .as("imported, not refused as the city's duplicate")
                .isTrue();
        assertThat(regionOf(first.planId())).isEqualTo(dangshan);
        assertThat(first.planId()).isNotEqualTo(cityPlan);

        ImportJob again = backgroundUpload(countyOffice);
        assertThat(again.duplicateOf()).isEqualTo(first.planId());
        assertThat(mvc.perform(get("/imports/jobs/" + again.id() + "/result").with(countyOffice))
                        .andReturn()
                        .getResponse()
                        .getHeader("HX-Redirect"))
                .isEqualTo("/plans/" + first.planId() + "/review?duplicate");
    }

    private MvcResult upload(RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/imports").file(file()).with(who)).andReturn();
    }

    private ImportJob backgroundUpload(RequestPostProcessor who) throws Exception {
        String fragment = mvc.perform(multipart("/imports")
                        .file(file())
                        .header("HX-Request", "true")
                        .with(who))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher id = Pattern.compile("/imports/jobs/([0-9a-f-]{36})/").matcher(fragment);
        assertThat(id.find()).as(fragment).isTrue();
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        ImportJob job = jobs.find(id.group(1)).orElseThrow();
        while (!job.finished() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            job = jobs.find(id.group(1)).orElseThrow();
        }
        assertThat(job.finished()).as("the background import finished").isTrue();
        return job;
    }

    private static MockMultipartFile file() {
        return new MockMultipartFile("file", "宿州市2022年工作要点.txt", "text/plain", NOTICE);
    }

    private static long planIn(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        Matcher matcher = REVIEW.matcher(url == null ? "" : url);
        assertThat(matcher.matches()).as("redirected to a review page: %s", url).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String notice(MvcResult result) {
        return (String) result.getFlashMap().get("notice");
    }

    private long regionOf(long planId) {
        return RegionFenceFixture.one(jdbc, "select region_id from plan where id = ?", planId);
    }

    private int status(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor who)
            throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse().getStatus();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

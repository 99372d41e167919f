package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The layout's navigation links are rendered once per key ({@link KeptNavigation}) and must be exactly what a fresh
 * rendering gives each reader: an office, a leader, a unit's reporter and leader, an office acting as a unit, in
 * Chinese and English, asked one after another so that a key missing something the links depend on would hand one
 * reader another's links.
 */
@WebSliceTest(KeptNavigationWebTests.PageController.class)
@Import(KeptNavigationWebTests.PageController.class)
class KeptNavigationWebTests {
    private static final Actor OFFICE = new Actor(1, "office", "市绿色办", null, Set.of(Role.OFFICE_ADMIN), false);

    @Autowired
    MockMvc mvc;

    @Autowired
    KeptNavigation navigation;

    /** A page with the layout, open to every signed-in reader, and one failing into an exception handler's page. */
    @Controller
    static class PageController {
        @GetMapping("/notifications/layout-page")
        String showPage() {
            return "error";
        }

        @GetMapping("/notifications/layout-failure")
        String showFailure() {
            throw new NoSuchElementException("no such page");
        }
    }

    private static Map<String, Actor> readers() {
        Map<String, Actor> readers = new LinkedHashMap<>();
        readers.put("office", OFFICE);
        readers.put("leader", new Actor(2, "leader", "领导", null, Set.of(Role.LEADER), false));
        readers.put("reporter", new Actor(107, "reporter7", "填报员7", 7L, Set.of(Role.UNIT_REPORTER), false));
        readers.put("unit leader", new Actor(1007, "unitleader7", "单位负责人7", 7L, Set.of(Role.UNIT_LEADER), false));
        readers.put("office as unit", OFFICE.actingAs(7));
        readers.put(
                "office and leader",
                new Actor(3, "both", "办公室领导", null, Set.of(Role.OFFICE_ADMIN, Role.LEADER), false));
        return readers;
    }

    @BeforeEach
    void nothingKept() {
        navigation.forget();
    }

    @Test
    void everyReaderGetsTheLinksAFreshRenderingGivesThem() throws Exception {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String language : List.of("zh_CN", "en")) {
            for (var reader : readers().entrySet()) {
                String name = reader.getKey() + " " + language;
                kept.put(name, links(page(reader.getValue(), language)));
            }
        }
        for (String language : List.of("zh_CN", "en")) {
            for (var reader : readers().entrySet()) {
                navigation.forget();
                String fresh = links(page(reader.getValue(), language));
                assertThat(kept.get(reader.getKey() + " " + language))
                        .as(reader.getKey() + " " + language)
                        .isEqualTo(fresh);
            }
        }
        assertThat(kept.get("reporter en")).isNotEqualTo(kept.get("reporter zh_CN"));
    }

    @Test
    void eachReaderSeesTheEntriesOfTheirRole() throws Exception {
        String office = links(page(readers().get("office"), "zh_CN"));
        assertThat(office)
                .contains("id=\"nav-dashboard\"", "id=\"nav-review\"", "/office/closeouts", ">计划<")
                .doesNotContain("id=\"nav-workspace\"", "nav-leader-briefings");
        String leader = links(page(readers().get("leader"), "zh_CN"));
        assertThat(leader)
                .contains("id=\"nav-dashboard\"", "nav-leader-briefings", "/leader/closeouts")
                .doesNotContain("nav-review", "id=\"nav-workspace\"");
        String reporter = links(page(readers().get("reporter"), "en"));
        assertThat(reporter)
                .contains("class=\"navbar-brand fw-semibold\" href=\"/my\"", "id=\"nav-workspace\"", "/my/closeouts")
                .doesNotContain("nav-dashboard", "nav-review", "href=\"/units\"");
        String actingOffice = links(page(readers().get("office as unit"), "zh_CN"));
        assertThat(actingOffice)
                .contains("href=\"/units\"", "id=\"nav-workspace\"", "/my/closeouts")
                .doesNotContain("nav-dashboard", "nav-review");
    }

    @Test
    void thePersonIsRenderedPerRequest() throws Exception {
        Actor first = readers().get("reporter");
        Actor second = new Actor(108, "reporter7b", "另一填报员", 7L, Set.of(Role.UNIT_REPORTER), false);

        assertThat(page(first, "zh_CN")).contains(">填报员7<").doesNotContain("另一填报员");
        assertThat(page(second, "zh_CN")).contains(">另一填报员<").doesNotContain("填报员7<");
    }

    @Test
    void anExceptionHandlersPageShowsTheReadersLinksAndName() throws Exception {
        String body = mvc.perform(get("/notifications/layout-failure").with(TestActors.as(OFFICE)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(links(body)).isEqualTo(links(page(OFFICE, "zh_CN"))).contains("nav-dashboard", "nav-closeouts");
        assertThat(body).contains("市绿色办").contains("hx-headers=");
    }

    private String page(Actor reader, String language) throws Exception {
        MockHttpServletRequestBuilder request =
                get("/notifications/layout-page").param("lang", language).with(TestActors.as(reader));
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** @return the brand and the navigation list of a page */
    private static String links(String page) {
        int start = page.indexOf("<a class=\"navbar-brand");
        int end = page.indexOf("</ul>", start);
        assertThat(start).as("navigation in %s", page).isNotNegative();
        return page.substring(start, end);
    }
}

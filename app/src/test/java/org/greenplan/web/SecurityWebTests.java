package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanStore;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.planimport.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A state change must come from GreenPlan's own pages: a forged cross-site POST is refused before any
 * service is asked. The home page and the import form, with the web shell, and no database.
 */
@WebMvcTest(
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = {
                            "org\\.greenplan\\.web\\..*",
                            "org\\.greenplan\\.plan\\.web\\.PlanController",
                            "org\\.greenplan\\.planimport\\.web\\.ImportController"
                        }))
@Import(SecurityConfiguration.class)
class SecurityWebTests {
    @Autowired
    MockMvc browser;

    @MockitoBean
    PlanCatalog catalog;

    @MockitoBean
    PlanImporter importer;

    @MockitoBean
    PlanStore store;

    @MockitoBean
    ReviewService review;

    @MockitoBean
    UnitDirectory directory;

    @BeforeEach
    void noPlans() {
        when(catalog.plans()).thenReturn(List.of());
    }

    @Test
    void refusesAPostWithoutTheCsrfTokenAndStoresNothing() throws Exception {
        browser.perform(post("/imports/sample").header("Origin", "http://evil.example"))
                .andExpect(status().isForbidden());

        verifyNoInteractions(importer, store, review);
    }

    @Test
    void aDamagedLanguageCookieFallsBackToChinese() throws Exception {
        String page = browser.perform(get("/").cookie(new jakarta.servlet.http.Cookie("greenplan-lang", "<script>")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<html lang=\"zh\"");
    }

    @Test
    void givesEveryPageTheTokenForHtmxAndRefusesFraming() throws Exception {
        String page = browser.perform(get("/"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).containsPattern("<body hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;:&quot;[^&]+&quot;\\}\"");
        assertThat(page).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
    }

    @Test
    void switchesToEnglishAndRemembersItInACookie() throws Exception {
        String page = browser.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.startsWith("greenplan-lang=en")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<html lang=\"en\"");
    }
}

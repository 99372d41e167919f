package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenplan.accounts.TestActors.office;
import static org.greenplan.accounts.TestActors.reporter;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

    @MockitoBean
    org.greenplan.audit.AuditTrail audit;

    // the web shell's region scope (every class of org.greenplan.web is in this slice)
    @MockitoBean
    org.greenplan.accounts.CurrentActor currentActor;

    @MockitoBean
    org.greenplan.organisation.OfficeRegions officeRegions;

    @MockitoBean
    org.greenplan.organisation.Regions regions;

    @BeforeEach
    void noPlans() {
        when(catalog.plans()).thenReturn(List.of());
    }

    @Test
    void refusesAPostWithoutTheCsrfTokenAndStoresNothing() throws Exception {
        browser.perform(post("/imports/sample")
                        .header("Origin", "http://evil.example")
                        .with(office()))
                .andExpect(status().isForbidden());

        verifyNoInteractions(importer, store, review);
    }

    @Test
    void aDamagedLanguageCookieFallsBackToChinese() throws Exception {
        String page = browser.perform(
                        get("/").with(office()).cookie(new jakarta.servlet.http.Cookie("greenplan-lang", "<script>")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<html lang=\"zh\"");
    }

    @Test
    void aLanguageWeHaveNoPagesInIsNeitherKeptNorEchoed() throws Exception {
        String asked = browser.perform(get("/").with(office()).param("lang", "xx"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Set-Cookie",
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("greenplan-lang=xx"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String forged = browser.perform(get("/").with(office())
                        .cookie(new jakarta.servlet.http.Cookie("greenplan-lang", "e".repeat(3000))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(asked).contains("<html lang=\"zh\"");
        assertThat(forged).contains("<html lang=\"zh\"").doesNotContain("eeeeeeee");
    }

    @Test
    void aHeadRequestIsAllowedWhereItsGetIs() throws Exception {
        browser.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/")
                        .with(office()))
                .andExpect(status().isOk());
        browser.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/")
                        .with(reporter(7)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anyEnglishReadsAsEnglish() throws Exception {
        String page = browser.perform(get("/").with(office()).param("lang", "en_US"))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.startsWith("greenplan-lang=en;")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<html lang=\"en\"");
    }

    @Test
    void givesEveryPageTheTokenForHtmxAndRefusesFraming() throws Exception {
        String page = browser.perform(get("/").with(office()))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).containsPattern("<body hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;:&quot;[^&]+&quot;\\}\"");
        assertThat(page).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
    }

    @Test
    void switchesToEnglishAndRemembersItInACookie() throws Exception {
        String page = browser.perform(get("/").with(office()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.startsWith("greenplan-lang=en")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<html lang=\"en\"");
    }

    @Test
    void sendsAnAnonymousVisitorToTheLoginAndRefusesAnAnonymousPost() throws Exception {
        browser.perform(get("/plans/7")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        browser.perform(post("/imports/sample").with(csrf())).andExpect(status().isFound());

        verifyNoInteractions(importer, store, review);
    }

    @Test
    void refusesAReporterTheOfficesPlanPagesAndImports() throws Exception {
        browser.perform(get("/").with(reporter(5))).andExpect(status().isForbidden());
        browser.perform(post("/imports/sample").with(reporter(5)).with(csrf())).andExpect(status().isForbidden());

        verifyNoInteractions(importer, store, review);
    }

    @Test
    void allowsOnlyOurOwnScriptsAndStyles() throws Exception {
        String policy = browser.perform(get("/").with(office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(policy)
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void showsWhoIsSignedInWithALogoutButton() throws Exception {
        String page = browser.perform(get("/").with(office()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<span id=\"signed-in-as\">市绿色办</span>");
        assertThat(page).containsPattern("<form method=\"post\" action=\"/logout\"");
    }
}

package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A state change must come from GreenPlan's own pages: a forged cross-site POST is refused. */
@IntegrationTest
class SecurityIntegrationTests {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    MockMvc browser;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        browser = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void refusesAPostWithoutTheCsrfTokenAndStoresNothing() throws Exception {
        browser.perform(post("/imports/sample").header("Origin", "http://evil.example"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single())
                .isZero();
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
}

package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A signed-out request is sent to the login: a page by a redirect that returns to it afterwards, an htmx request (a
 * session that ended while the page was open) by {@code HX-Redirect}, so the whole login page is loaded rather than
 * swapped into a fragment, and without returning to the fragment's address. A script asking for JSON gets 401, not the
 * login page's HTML. A form posted after its session ended is sent to the login too, not refused as forbidden.
 */
@IntegrationTest
class SignInFirstIntegrationTests {
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionRepository<?> sessions;

    /** @return the attribute as stored in the session the response's cookie names, or null */
    private Object saved(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie)
                .as("a session was started for the signed-out request")
                .isNotNull();
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
        Session session = sessions.findById(id);
        return session == null ? null : session.getAttribute(SAVED_REQUEST);
    }

    @Test
    void aPageIsRedirectedToTheLoginAndRemembered() throws Exception {
        MvcResult result = mvc.perform(get("/my").with(anonymous()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"))
                .andReturn();

        assertThat(saved(result)).isNotNull();
    }

    @Test
    void aScriptAskingForJsonGetsUnauthorizedInsteadOfTheLoginPage() throws Exception {
        MvcResult result = mvc.perform(get("/leader/dashboard/data")
                        .param("plan", "1")
                        .with(anonymous())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andReturn();

        assertThat(result.getResponse().getContentType()).as("no login page").isNull();
        assertThat(result.getResponse().getCookie("SESSION"))
                .as("nothing is remembered to return to, so no session is started")
                .isNull();
    }

    @Test
    void aRequestThatAcceptsHtmlIsStillRedirected() throws Exception {
        for (String accept : List.of(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "*/*",
                "text/html,application/json",
                "application/json;q=0.9,text/html")) {
            mvc.perform(get("/leader/dashboard").with(anonymous()).header("Accept", accept))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aFormPostedAfterItsSessionEndedIsSentToTheLoginNotRefused() throws Exception {
        String draft = "/my/periods/1/tasks/1/draft";

        mvc.perform(post(draft).with(anonymous()).with(csrf().useInvalidToken()).param("progress", "秸秆"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post(draft)
                        .with(anonymous())
                        .with(csrf().useInvalidToken())
                        .header("HX-Request", "true")
                        .param("progress", "秸秆"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
        mvc.perform(post("/api/plans/1/reports").with(anonymous()).with(csrf().useInvalidToken()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aSignedInUserWithoutAValidTokenIsStillRefused() throws Exception {
        mvc.perform(post("/my/periods/1/tasks/1/draft")
                        .with(TestActors.reporter(1))
                        .with(csrf().useInvalidToken())
                        .param("progress", "秸秆"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anHtmxRequestLoadsTheWholeLoginPageAndIsNotRemembered() throws Exception {
        MvcResult result = mvc.perform(
                        get("/my").with(anonymous()).accept(MediaType.TEXT_HTML).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"))
                .andReturn();

        assertThat(saved(result)).isNull();
    }
}

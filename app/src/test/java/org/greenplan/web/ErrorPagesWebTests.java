package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.greenplan.accounts.TestActors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Error pages speak the reader's language (Chinese by default, English when chosen) and never show
 * SQL, an exception's class or a stack trace: for failures in controllers, in htmx requests, and for
 * every status the container's error page ({@code /error}) renders.
 */
@WebSliceTest({ErrorPageController.class, ErrorPagesWebTests.FailingController.class})
@Import(ErrorPagesWebTests.FailingController.class)
class ErrorPagesWebTests {
    static final String SQL_FAILURE = "PreparedStatementCallback; SQL [update task set text = ? where id = ?]; "
            + "ERROR: duplicate key value violates unique constraint \"task_pkey\"";

    @Autowired
    MockMvc mvc;

    /** Fails in the database, as a broken query or a lost connection would. */
    @Controller
    static class FailingController {
        @GetMapping("/plans/{planId}/failing")
        String showFailing(@PathVariable long planId) {
            throw new DataIntegrityViolationException(SQL_FAILURE);
        }

        @PostMapping("/plans/{planId}/failing")
        String processFailing(@PathVariable long planId) {
            throw new DataIntegrityViolationException(SQL_FAILURE);
        }

        /** GET only: a POST here is a wrong method (405). */
        @GetMapping("/plans/{planId}/failing/{part}")
        String showPart(@PathVariable long planId, @PathVariable String part) {
            throw new java.util.NoSuchElementException(part);
        }

        /** What the container's multipart limit throws for a 200 MB upload. */
        @PostMapping("/plans/{planId}/oversized")
        String processOversized(@PathVariable long planId) {
            throw new MaxUploadSizeExceededException(64L * 1024 * 1024, new IllegalStateException(SQL_FAILURE));
        }

        /** The same limit hit by an API upload: the container refuses it before the API's controller is chosen. */
        @PostMapping("/api/reports/{reportId}/oversized")
        String processOversizedApiUpload(@PathVariable long reportId) {
            throw new MaxUploadSizeExceededException(64L * 1024 * 1024, new IllegalStateException(SQL_FAILURE));
        }
    }

    @Test
    void databaseFailureShowsAChinesePageWithoutSql() throws Exception {
        String body = body(get("/plans/1/failing").with(TestActors.office()), 500);

        assertThat(body).contains("服务器出错，操作未完成，已记入日志。").contains("<html");
        assertSafe(body);
    }

    @Test
    void databaseFailureSpeaksEnglishWhenChosen() throws Exception {
        String body = body(
                get("/plans/1/failing")
                        .cookie(new Cookie("greenplan-lang", "en"))
                        .with(TestActors.office()),
                500);

        assertThat(body).contains("The server failed and the action was not completed");
        assertSafe(body);
    }

    @Test
    void databaseFailureInAnHtmxRequestAnswersWithTheMessageFragmentOnly() throws Exception {
        String body = body(
                post("/plans/1/failing")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(TestActors.office()),
                500);

        assertThat(body).doesNotContain("<html").contains("data-error-message").contains("服务器出错");
        assertSafe(body);
    }

    @Test
    void uploadAboveTheContainerLimitIs413NamingTheLimitInBothLanguages() throws Exception {
        String zh = body(post("/plans/1/oversized").with(csrf()).with(TestActors.office()), 413);
        String en =
                body(post("/plans/1/oversized").param("lang", "en").with(csrf()).with(TestActors.office()), 413);
        String htmx = body(
                post("/plans/1/oversized")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(TestActors.office()),
                413);

        assertThat(zh).contains("文件太大，未保存：上传的文件不能超过 20 MB。");
        assertThat(en).contains("The file is too large and was not stored: uploads may be at most 20 MB.");
        assertThat(htmx).doesNotContain("<html").contains("上传的文件不能超过 20 MB");
        for (String body : new String[] {zh, en, htmx}) {
            assertSafe(body);
        }
    }

    @Test
    void anApiUploadAboveTheContainerLimitIsAProblemJsonNamingTheLimit() throws Exception {
        String zh = mvc.perform(post("/api/reports/7/oversized").with(csrf()).with(TestActors.office()))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String en = mvc.perform(post("/api/reports/7/oversized")
                        .header("Accept-Language", "en")
                        .cookie(new Cookie("greenplan-lang", "en"))
                        .with(csrf())
                        .with(TestActors.office()))
                .andExpect(status().is(413))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(zh)
                .contains("\"status\":413")
                .contains("\"title\":\"内容过大\"")
                .contains("上传内容超过服务器允许的大小（每个文件最大 64 MB）")
                .doesNotContain("<html");
        assertThat(en).contains("\"title\":\"Content too large\"").contains("at most 64 MB per file");
        assertSafe(zh);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "400|请求无法识别|The request could not be understood",
                "403|您没有权限|You are not allowed",
                "404|找不到该页面或记录|The page or record was not found",
                "405|该页面不接受这种操作方式|This page does not accept that kind of request",
                "413|上传的内容太大，未保存|What was uploaded is too large",
                "500|服务器出错|The server failed"
            })
    void containerErrorPageNamesTheStatusInBothLanguagesWithoutDetails(int status, String chinese, String english)
            throws Exception {
        String zh = body(errorPage(status).accept(MediaType.TEXT_HTML), status);
        String en = body(errorPage(status).accept(MediaType.TEXT_HTML).param("lang", "en"), status);
        String htmx = body(errorPage(status).header("HX-Request", "true"), status);
        String json = body(errorPage(status).accept(MediaType.APPLICATION_JSON), status);

        assertThat(zh).contains(chinese);
        assertThat(en).contains(english);
        assertThat(htmx).contains(chinese).doesNotContain("<html");
        assertThat(json).contains("\"status\":" + status).contains(chinese);
        for (String body : new String[] {zh, en, htmx, json}) {
            assertSafe(body);
        }
    }

    @Test
    void aMissingCsrfTokenSaysThePageExpiredAndADirectVisitToTheErrorPageIsNotFound() throws Exception {
        MockHttpServletRequestBuilder csrf = get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(
                        org.springframework.security.web.WebAttributes.ACCESS_DENIED_403,
                        new org.springframework.security.web.csrf.MissingCsrfTokenException(null));

        assertThat(body(csrf.accept(MediaType.TEXT_HTML), 403))
                .contains("页面已过期")
                .doesNotContain("您没有权限");
        assertThat(body(csrf.accept(MediaType.APPLICATION_JSON), 403)).contains("页面已过期");
        assertThat(body(get("/error").accept(MediaType.APPLICATION_JSON), 404)).contains("\"status\":404");
    }

    @Test
    void wrongMethodAndMalformedIdAreRefusedWithTheirStatus() throws Exception {
        mvc.perform(get("/plans/1/failing/x/y").with(TestActors.office())).andExpect(status().isNotFound());
        mvc.perform(get("/plans/abc/failing").with(TestActors.office())).andExpect(status().isBadRequest());
        // a method the access rules let through (POST under /plans) on a GET-only mapping; other methods
        // are denied before dispatch (403), which EndpointAccessIntegrationTests covers
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/plans/1/failing/x")
                        .with(csrf())
                        .with(TestActors.office()))
                .andExpect(status().isMethodNotAllowed());
    }

    /** What the container forwards to {@code /error} after a failure (status and the exception). */
    private static MockHttpServletRequestBuilder errorPage(int status) {
        return get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/plans/1/failing")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new DataIntegrityViolationException(SQL_FAILURE))
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, SQL_FAILURE);
    }

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertSafe(String body) {
        assertThat(body).doesNotContain("SQL", "Exception", "at org.", "duplicate key", "task_pkey", "update task");
    }
}

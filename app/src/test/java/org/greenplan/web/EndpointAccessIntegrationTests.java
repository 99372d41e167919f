package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.TestActors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role: the controllers' mappings are enumerated, and each must have a line in
 * {@link #ACCESS} (a new endpoint without an authorisation rule fails here, naming it). For each mapping
 * and each of anonymous, UNIT_REPORTER, UNIT_LEADER, LEADER and OFFICE_ADMIN: anonymous is sent to the
 * login (pages) or gets 401 (API), a role not in the line gets 403, a role in it gets neither.
 *
 * <p>To add an endpoint: one line {@code rule(METHOD, "/the/{pattern}", WHO)} in {@link #ACCESS}, with the
 * pattern exactly as mapped.
 */
@IntegrationTest
class EndpointAccessIntegrationTests {
    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> OFFICE = EnumSet.of(Who.OFFICE_ADMIN);
    private static final Set<Who> OFFICE_LEADER = EnumSet.of(Who.OFFICE_ADMIN, Who.LEADER);
    private static final Set<Who> UNIT = EnumSet.of(Who.UNIT_REPORTER, Who.UNIT_LEADER);

    /** Who may reach each endpoint: one line per mapping (method + path pattern as mapped). */
    static final List<Rule> ACCESS = List.of(
            // sign-in, password, tokens, error page (accounts, web)
            rule(HttpMethod.GET, "/login", ANYONE),
            rule(HttpMethod.GET, "/error", ANYONE),
            rule(HttpMethod.GET, "/password", SIGNED_IN),
            rule(HttpMethod.POST, "/password", SIGNED_IN),
            rule(HttpMethod.GET, "/tokens", SIGNED_IN),
            rule(HttpMethod.POST, "/tokens", SIGNED_IN),
            rule(HttpMethod.POST, "/tokens/{tokenId}/revoke", SIGNED_IN),
            rule(HttpMethod.POST, "/admin/act-as/{unitId}", OFFICE),
            rule(HttpMethod.POST, "/admin/act-as/stop", OFFICE),
            // administration: users, unit contacts, bulk imports (accounts.admin)
            rule(HttpMethod.GET, "/admin", OFFICE),
            rule(HttpMethod.GET, "/admin/users", OFFICE),
            rule(HttpMethod.GET, "/admin/users/new", OFFICE),
            rule(HttpMethod.POST, "/admin/users", OFFICE),
            rule(HttpMethod.GET, "/admin/users/{id}", OFFICE),
            rule(HttpMethod.POST, "/admin/users/{id}", OFFICE),
            rule(HttpMethod.POST, "/admin/users/{id}/enable", OFFICE),
            rule(HttpMethod.POST, "/admin/users/{id}/disable", OFFICE),
            rule(HttpMethod.POST, "/admin/users/{id}/password", OFFICE),
            rule(HttpMethod.GET, "/admin/units", OFFICE),
            rule(HttpMethod.GET, "/admin/regions", OFFICE),
            rule(HttpMethod.POST, "/admin/regions", OFFICE),
            rule(HttpMethod.POST, "/admin/regions/offices", OFFICE),
            rule(HttpMethod.GET, "/admin/units/{unitId}", OFFICE),
            rule(HttpMethod.POST, "/admin/units/{unitId}", OFFICE),
            rule(HttpMethod.GET, "/admin/imports", OFFICE),
            rule(HttpMethod.GET, "/admin/imports/templates/{kind}.xlsx", OFFICE),
            rule(HttpMethod.POST, "/admin/imports/{kind}", OFFICE),
            rule(HttpMethod.GET, "/admin/imports/{token}", OFFICE),
            rule(HttpMethod.POST, "/admin/imports/{token}/confirm", OFFICE),
            rule(HttpMethod.POST, "/admin/imports/passwords.xlsx", OFFICE),
            // audit trail (audit)
            rule(HttpMethod.GET, "/office/audit", OFFICE),
            rule(HttpMethod.GET, "/office/audit/task/{taskId}", OFFICE_LEADER),
            // reporting periods, calendar, acknowledgement, extension requests (periods)
            rule(HttpMethod.GET, "/admin/calendar", OFFICE),
            rule(HttpMethod.POST, "/admin/calendar", OFFICE),
            rule(HttpMethod.POST, "/admin/calendar/preview", OFFICE),
            rule(HttpMethod.GET, "/my/plans/{planId}/acknowledge", UNIT),
            rule(HttpMethod.POST, "/my/plans/{planId}/acknowledge", UNIT),
            rule(HttpMethod.GET, "/my/plans/{planId}/extensions", UNIT),
            rule(HttpMethod.POST, "/my/plans/{planId}/extensions", UNIT),
            rule(HttpMethod.GET, "/office/plans/{planId}/acknowledgements", OFFICE),
            rule(HttpMethod.GET, "/office/plans/{planId}/extensions", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/extensions/{extensionId}/grant", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/extensions/{extensionId}/refuse", OFFICE),
            rule(HttpMethod.GET, "/office/plans/{planId}/periods", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/periods/custom", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/periods/generate", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/periods/settings", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/periods/{periodId}/close", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/periods/{periodId}/exceptions", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/periods/{periodId}/exceptions/{exceptionId}/revoke", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/periods/{periodId}/open", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/periods/{periodId}/reopen", OFFICE),
            // progress reports and their evidence (progress)
            rule(HttpMethod.GET, "/my/reports/attachments/{attachmentId}", UNIT),
            rule(HttpMethod.POST, "/my/reports/attachments/{attachmentId}/removal", UNIT),
            rule(HttpMethod.GET, "/my/reports/periods/{periodId}/tasks/{taskId}", UNIT),
            rule(HttpMethod.POST, "/my/reports/periods/{periodId}/tasks/{taskId}/draft", UNIT),
            rule(HttpMethod.POST, "/my/reports/periods/{periodId}/tasks/{taskId}/submission", UNIT),
            rule(HttpMethod.POST, "/my/reports/{reportId}/attachments", UNIT),
            rule(HttpMethod.POST, "/my/reports/{reportId}/unit-approval", UNIT),
            rule(HttpMethod.POST, "/my/reports/{reportId}/unit-approval/withdrawal", UNIT),
            // unit and office workspaces (progress)
            rule(HttpMethod.GET, "/my", UNIT),
            rule(HttpMethod.GET, "/my/periods/{periodId}", UNIT),
            rule(HttpMethod.POST, "/my/periods/{periodId}/tasks/{taskId}/draft", UNIT),
            rule(HttpMethod.POST, "/my/periods/{periodId}/tasks/{taskId}/submission", UNIT),
            rule(HttpMethod.POST, "/my/periods/{periodId}/submission", UNIT),
            rule(HttpMethod.POST, "/my/periods/{periodId}/reports/{reportId}/unit-approval", UNIT),
            rule(HttpMethod.GET, "/office/plans/{planId}/periods/{periodId}/matrix", OFFICE),
            rule(HttpMethod.GET, "/office/review", OFFICE),
            rule(HttpMethod.POST, "/office/review/approval", OFFICE),
            rule(HttpMethod.POST, "/office/review/return", OFFICE),
            rule(HttpMethod.GET, "/office/reports/attachments/{attachmentId}", OFFICE_LEADER),
            rule(HttpMethod.GET, "/office/reports/{reportId}", OFFICE_LEADER),
            rule(HttpMethod.POST, "/office/reports/{reportId}/approval", OFFICE),
            rule(HttpMethod.POST, "/office/reports/{reportId}/return", OFFICE),
            // assessment (考核)
            rule(HttpMethod.GET, "/office/plans/{planId}/assessment", OFFICE),
            rule(HttpMethod.GET, "/office/plans/{planId}/assessment/rules", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/assessment/rules", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/assessment/rounds", OFFICE),
            rule(HttpMethod.GET, "/office/assessments", OFFICE),
            rule(HttpMethod.GET, "/office/assessments/{roundId}", OFFICE),
            rule(HttpMethod.GET, "/office/assessments/{roundId}/scores.xlsx", OFFICE),
            rule(HttpMethod.GET, "/office/assessments/{roundId}/units/{unitId}", OFFICE),
            rule(HttpMethod.POST, "/office/assessments/{roundId}/units/{unitId}/acceptance", OFFICE),
            rule(HttpMethod.POST, "/office/assessments/{roundId}/units/{unitId}/adjustment", OFFICE),
            rule(HttpMethod.POST, "/office/assessments/{roundId}/units/{unitId}/return", OFFICE),
            rule(HttpMethod.POST, "/office/assessments/{roundId}/units/{unitId}/bonus", OFFICE),
            rule(HttpMethod.POST, "/office/assessments/{roundId}/publication", OFFICE),
            rule(HttpMethod.GET, "/leader/assessments", OFFICE_LEADER),
            rule(HttpMethod.GET, "/leader/assessments/{roundId}", OFFICE_LEADER),
            rule(HttpMethod.GET, "/leader/assessments/{roundId}/scores.xlsx", OFFICE_LEADER),
            rule(HttpMethod.GET, "/leader/assessments/{roundId}/units/{unitId}", OFFICE_LEADER),
            rule(HttpMethod.GET, "/my/assessments", UNIT),
            rule(HttpMethod.GET, "/my/assessments/{roundId}", UNIT),
            rule(HttpMethod.POST, "/my/assessments/{roundId}", UNIT),
            // plans, tasks, targets, ledger
            rule(HttpMethod.GET, "/", OFFICE_LEADER),
            rule(HttpMethod.GET, "/plans/{planId}", OFFICE_LEADER),
            rule(HttpMethod.GET, "/plans/{planId}/source", OFFICE_LEADER),
            rule(HttpMethod.GET, "/plans/{planId}/tasks/{taskId}", OFFICE_LEADER),
            rule(HttpMethod.GET, "/plans/{planId}/tasks/{taskId}/targets", OFFICE_LEADER),
            rule(HttpMethod.POST, "/plans/{planId}/tasks/{taskId}/targets/{targetId}/values", OFFICE),
            rule(
                    HttpMethod.POST,
                    "/plans/{planId}/tasks/{taskId}/targets/{targetId}/values/{period}/correction",
                    OFFICE),
            rule(
                    HttpMethod.POST,
                    "/plans/{planId}/tasks/{taskId}/targets/{targetId}/values/{period}/withdrawal",
                    OFFICE),
            rule(HttpMethod.POST, "/plans/{planId}/tasks/{taskId}/targets/{targetId}/settings", OFFICE),
            rule(HttpMethod.GET, "/plans/{planId}/ledger.xlsx", OFFICE_LEADER),
            rule(HttpMethod.GET, "/plans/{planId}/ledger.csv", OFFICE_LEADER),
            rule(HttpMethod.GET, "/plans/{planId}/rollup", OFFICE_LEADER),
            rule(HttpMethod.POST, "/plans/{planId}/withdraw", OFFICE),
            // import and review
            rule(HttpMethod.POST, "/imports", OFFICE),
            rule(HttpMethod.POST, "/imports/sample", OFFICE),
            rule(HttpMethod.GET, "/imports/jobs/{jobId}/result", OFFICE),
            rule(HttpMethod.GET, "/imports/jobs/{jobId}/events", OFFICE),
            rule(HttpMethod.GET, "/plans/{planId}/review", OFFICE_LEADER),
            rule(HttpMethod.GET, "/plans/{planId}/review/tasks/{taskId}", OFFICE_LEADER),
            rule(HttpMethod.GET, "/plans/{planId}/review/tasks/{taskId}/edit", OFFICE_LEADER),
            rule(HttpMethod.POST, "/plans/{planId}/review/tasks/{taskId}", OFFICE),
            rule(HttpMethod.POST, "/plans/{planId}/review/tasks/{taskId}/merge", OFFICE),
            rule(HttpMethod.POST, "/plans/{planId}/publish", OFFICE),
            rule(HttpMethod.POST, "/plans/{planId}/discard", OFFICE),
            // units
            rule(HttpMethod.GET, "/units", OFFICE_LEADER),
            rule(HttpMethod.POST, "/units/{unitId}/confirm", OFFICE),
            rule(HttpMethod.POST, "/units/{unitId}/merge", OFFICE),
            // briefings (briefing)
            rule(HttpMethod.GET, "/office/briefings", OFFICE),
            rule(HttpMethod.POST, "/office/briefings", OFFICE),
            rule(HttpMethod.GET, "/office/briefings/{briefingId}.docx", OFFICE),
            rule(HttpMethod.GET, "/office/briefings/{briefingId}.pdf", OFFICE),
            rule(HttpMethod.POST, "/office/briefings/schedules", OFFICE),
            rule(HttpMethod.POST, "/office/briefings/schedules/{scheduleId}/removal", OFFICE),
            rule(HttpMethod.GET, "/office/briefings/template", OFFICE),
            rule(HttpMethod.POST, "/office/briefings/template", OFFICE),
            rule(HttpMethod.POST, "/office/briefings/template/reset", OFFICE),
            rule(HttpMethod.GET, "/leader/briefings", OFFICE_LEADER),
            rule(HttpMethod.GET, "/leader/briefings/{briefingId}.docx", OFFICE_LEADER),
            rule(HttpMethod.GET, "/leader/briefings/{briefingId}.pdf", OFFICE_LEADER),
            // leaders' dashboard and the public page of a plan (dashboard)
            rule(HttpMethod.GET, "/leader/dashboard", OFFICE_LEADER),
            rule(HttpMethod.GET, "/leader/dashboard/data", OFFICE_LEADER),
            rule(HttpMethod.GET, "/leader/dashboard/tasks", OFFICE_LEADER),
            rule(HttpMethod.POST, "/office/plans/{planId}/public", OFFICE),
            rule(HttpMethod.GET, "/public/plans/{planId}", ANYONE),
            // notifications, reminders, 催办 and 批示 (notifications, reminders)
            rule(HttpMethod.GET, "/notifications", SIGNED_IN),
            rule(HttpMethod.POST, "/notifications/{entryId}/read", SIGNED_IN),
            rule(HttpMethod.POST, "/notifications/read", SIGNED_IN),
            rule(HttpMethod.GET, "/office/reminders", OFFICE),
            rule(HttpMethod.POST, "/office/reminders/settings", OFFICE),
            rule(HttpMethod.POST, "/office/reminders/plans/{planId}/clear", OFFICE),
            rule(HttpMethod.POST, "/office/reminders/run", OFFICE),
            rule(HttpMethod.GET, "/office/urgings", OFFICE),
            rule(HttpMethod.GET, "/office/urgings/new", OFFICE),
            rule(HttpMethod.POST, "/office/urgings", OFFICE),
            rule(HttpMethod.GET, "/office/urgings/{urgingId}.docx", OFFICE),
            rule(HttpMethod.GET, "/my/urgings", UNIT),
            rule(HttpMethod.GET, "/my/urgings/{urgingId}.docx", UNIT),
            rule(HttpMethod.GET, "/my/instructions", UNIT),
            rule(HttpMethod.GET, "/leader/plans/{planId}/tasks/{taskId}/instructions", OFFICE_LEADER),
            rule(HttpMethod.POST, "/leader/plans/{planId}/tasks/{taskId}/instructions", EnumSet.of(Who.LEADER)),
            // REST API (api): signed in; unit and role checked per operation by the services
            rule(HttpMethod.GET, "/api/plans", SIGNED_IN),
            rule(HttpMethod.GET, "/api/plans/{planId}", SIGNED_IN),
            rule(HttpMethod.GET, "/api/plans/{planId}/tasks", SIGNED_IN),
            rule(HttpMethod.GET, "/api/plans/{planId}/periods", SIGNED_IN),
            rule(HttpMethod.GET, "/api/periods/{periodId}/tasks/{taskId}/report", SIGNED_IN),
            rule(HttpMethod.PUT, "/api/periods/{periodId}/tasks/{taskId}/report", SIGNED_IN),
            rule(HttpMethod.POST, "/api/periods/{periodId}/tasks/{taskId}/report/submission", SIGNED_IN),
            rule(HttpMethod.GET, "/api/reports/{reportId}", SIGNED_IN),
            rule(HttpMethod.POST, "/api/reports/{reportId}/unit-approval", SIGNED_IN),
            rule(HttpMethod.DELETE, "/api/reports/{reportId}/unit-approval", SIGNED_IN),
            rule(HttpMethod.POST, "/api/reports/{reportId}/approval", SIGNED_IN),
            rule(HttpMethod.POST, "/api/reports/{reportId}/return", SIGNED_IN),
            rule(HttpMethod.POST, "/api/reports/{reportId}/attachments", SIGNED_IN),
            rule(HttpMethod.GET, "/api/attachments/{attachmentId}", SIGNED_IN),
            rule(HttpMethod.DELETE, "/api/attachments/{attachmentId}", SIGNED_IN),
            // API documentation (springdoc)
            rule(HttpMethod.GET, "/v3/api-docs", SIGNED_IN),
            rule(HttpMethod.GET, "/v3/api-docs.yaml", SIGNED_IN),
            rule(HttpMethod.GET, "/v3/api-docs/swagger-config", SIGNED_IN),
            rule(HttpMethod.GET, "/swagger-ui.html", SIGNED_IN),
            // supervision: task status fragment and per-plan settings
            rule(HttpMethod.GET, "/plans/{planId}/tasks/{taskId}/status", OFFICE_LEADER),
            rule(HttpMethod.GET, "/office/plans/{planId}/supervision", OFFICE),
            rule(HttpMethod.POST, "/office/plans/{planId}/supervision", OFFICE),
            // close-out, cancellation and adjustment (closeout)
            rule(HttpMethod.GET, "/my/closeouts", UNIT),
            rule(HttpMethod.GET, "/my/tasks/{taskId}/closeout", UNIT),
            rule(HttpMethod.POST, "/my/tasks/{taskId}/closeout", UNIT),
            rule(HttpMethod.GET, "/my/tasks/{taskId}/changes", UNIT),
            rule(HttpMethod.POST, "/my/tasks/{taskId}/changes", UNIT),
            rule(HttpMethod.GET, "/my/closeouts/evidence/{evidenceId}", UNIT),
            rule(HttpMethod.GET, "/office/closeouts", OFFICE),
            rule(HttpMethod.POST, "/office/closeouts/{requestId}/approve", OFFICE),
            rule(HttpMethod.POST, "/office/closeouts/{requestId}/refuse", OFFICE),
            rule(HttpMethod.GET, "/office/closeouts/evidence/{evidenceId}", OFFICE),
            rule(HttpMethod.GET, "/office/tasks/{taskId}/changes", OFFICE),
            rule(HttpMethod.POST, "/office/tasks/{taskId}/changes", OFFICE),
            rule(HttpMethod.GET, "/leader/closeouts", OFFICE_LEADER),
            rule(HttpMethod.GET, "/leader/closeouts/evidence/{evidenceId}", OFFICE_LEADER));

    /** Who asks. */
    enum Who {
        ANONYMOUS(anonymous()),
        UNIT_REPORTER(TestActors.reporter(7)),
        UNIT_LEADER(TestActors.unitLeader(7)),
        LEADER(TestActors.leader()),
        OFFICE_ADMIN(TestActors.office());

        final RequestPostProcessor actor;

        Who(RequestPostProcessor actor) {
            this.actor = actor;
        }
    }

    /** One endpoint and who may reach it. */
    record Rule(HttpMethod method, String pattern, Set<Who> allowed) {}

    static Rule rule(HttpMethod method, String pattern, Set<Who> allowed) {
        return new Rule(method, pattern, allowed);
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void everyEndpointHasAnAuthorisationRule() {
        List<String> missing = new ArrayList<>();
        endpoints().forEach((endpoint, handler) -> {
            if (find(endpoint) == null) {
                missing.add(endpoint.method() + " " + endpoint.pattern() + " (" + handler + ")");
            }
        });
        assertThat(missing)
                .as("endpoints without an authorisation rule: add a line to EndpointAccessIntegrationTests.ACCESS")
                .isEmpty();
    }

    @Test
    void everyRoleGetsWhatItsRuleSaysOnEveryEndpoint() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints().keySet()) {
            Rule rule = find(endpoint);
            if (rule == null) {
                continue;
            }
            for (Who who : Who.values()) {
                MockHttpServletResponse response = mvc.perform(
                                MockMvcRequestBuilders.request(endpoint.method(), example(endpoint.pattern()))
                                        .with(csrf())
                                        .with(who.actor))
                        .andReturn()
                        .getResponse();
                String problem = check(endpoint, rule.allowed().contains(who), who, response);
                if (problem != null) {
                    wrong.add(endpoint.method() + " " + endpoint.pattern() + " as " + who + ": " + problem);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theTableListsNoEndpointThatDoesNotExist() {
        Set<Endpoint> existing = endpoints().keySet();
        assertThat(ACCESS)
                .allSatisfy(rule -> assertThat(existing)
                        .as("mapped endpoints")
                        .contains(new Endpoint(rule.method(), rule.pattern())));
    }

    private static String check(Endpoint endpoint, boolean allowed, Who who, MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        if (allowed) {
            return status == 401 || status == 403 || toLogin ? "refused with " + status + " " + location : null;
        }
        if (who == Who.ANONYMOUS) {
            boolean api = endpoint.pattern().startsWith("/api/");
            return (api ? status == 401 : toLogin) ? null : "expected the login, got " + status + " " + location;
        }
        return status == 403 ? null : "expected 403, got " + status;
    }

    private static String example(String pattern) {
        return pattern.replace("{period}", "2022-06").replaceAll("\\{[^}]+}", "999999");
    }

    private Rule find(Endpoint endpoint) {
        return ACCESS.stream()
                .filter(rule ->
                        rule.method() == endpoint.method() && rule.pattern().equals(endpoint.pattern()))
                .findFirst()
                .orElse(null);
    }

    /** The controllers' mappings: method (GET where a mapping names none) and path pattern → handler. */
    private Map<Endpoint, String> endpoints() {
        Map<Endpoint, String> endpoints = new java.util.TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<HttpMethod> methods = new TreeSet<>(java.util.Comparator.comparing(HttpMethod::name));
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
            if (methods.isEmpty()) {
                methods.add(HttpMethod.GET);
            }
            for (String pattern : info.getPatternValues()) {
                for (HttpMethod method : methods) {
                    endpoints.put(
                            new Endpoint(method, pattern), mapping.getValue().getShortLogMessage());
                }
            }
        }
        return endpoints;
    }

    /** A mapped method and path pattern. */
    record Endpoint(HttpMethod method, String pattern) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint other) {
            int byPattern = pattern.compareTo(other.pattern);
            return byPattern != 0 ? byPattern : method.name().compareTo(other.method.name());
        }
    }
}

package org.greenplan.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may reach which URL, by prefix (the URL convention every module puts its pages under). Anything
 * not listed is denied. Finer rules (a reporter reads only its own unit's tasks) are checked by the
 * modules' services from the {@code Actor}, so pages and the API share one check.
 *
 * <pre>
 * /login /logout /error /public/** static files  anyone
 * GET, HEAD /office/audit/task/**, /office/reports/** OFFICE_ADMIN, LEADER (leaders read everything)
 * /admin/** /office/**                            OFFICE_ADMIN
 * /my/**                                          UNIT_REPORTER, UNIT_LEADER, an OFFICE_ADMIN acting as a unit
 * /leader/**                                      LEADER, OFFICE_ADMIN
 * /api/** /password /tokens/** API docs           signed in (session or token)
 * /notifications/**                               signed in (everyone's own in-app notifications)
 * plans, units: GET (and HEAD, GET without a body) OFFICE_ADMIN, LEADER
 * plans, units: POST; /imports/**                 OFFICE_ADMIN
 * </pre>
 */
final class AccessRules {
    private static final String OFFICE = Role.OFFICE_ADMIN.name();
    private static final String LEADER = Role.LEADER.name();

    private AccessRules() {}

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
                .permitAll()
                .requestMatchers("/login", "/logout", "/error", "/public/**")
                .permitAll()
                .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico")
                .permitAll()
                .requestMatchers(GET, "/office/audit/task/**", "/office/reports/**")
                .hasAnyRole(OFFICE, LEADER)
                .requestMatchers(HEAD, "/office/audit/task/**", "/office/reports/**")
                .hasAnyRole(OFFICE, LEADER)
                .requestMatchers("/admin/**", "/office/**")
                .hasRole(OFFICE)
                .requestMatchers("/my/**")
                .access(speaksForAUnit())
                .requestMatchers("/leader/**")
                .hasAnyRole(LEADER, OFFICE)
                .requestMatchers("/api/**", "/password", "/tokens", "/tokens/**", "/notifications", "/notifications/**")
                .authenticated()
                .requestMatchers(
                        "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                .authenticated()
                .requestMatchers(GET, "/", "/plans/**", "/units", "/units/**")
                .hasAnyRole(OFFICE, LEADER)
                .requestMatchers(HEAD, "/", "/plans/**", "/units", "/units/**")
                .hasAnyRole(OFFICE, LEADER)
                .requestMatchers(POST, "/plans/**", "/units/**")
                .hasRole(OFFICE)
                .requestMatchers("/imports", "/imports/**")
                .hasRole(OFFICE)
                .anyRequest()
                .denyAll();
    }

    /** A unit's reporter or leader, or an office admin acting as a unit. */
    private static AuthorizationManager<RequestAuthorizationContext> speaksForAUnit() {
        return (authentication, context) -> {
            Object principal =
                    authentication.get() == null ? null : authentication.get().getPrincipal();
            boolean unit = principal instanceof GreenPlanUser user
                    && user.actor().unitId() != null
                    && (user.actor().has(Role.UNIT_REPORTER)
                            || user.actor().has(Role.UNIT_LEADER)
                            || user.actor().actingAs());
            return new AuthorizationDecision(unit);
        };
    }
}

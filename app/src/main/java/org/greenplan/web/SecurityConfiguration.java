package org.greenplan.web;

import java.util.Set;
import org.greenplan.accounts.ApiTokens;
import org.greenplan.accounts.BearerTokens;
import org.greenplan.accounts.OidcAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Web security with Spring Security: who may reach which URL ({@link AccessRules}), form login at
 * {@code /login} (session id changed at login, the page asked for remembered), logout, OIDC login when
 * a {@code spring.security.oauth2.client.registration} is configured, bearer tokens for {@code /api/**}
 * ({@link BearerTokens}), CSRF on every state change from a browser ({@link CsrfHeaders}), a
 * Content-Security-Policy allowing our own scripts and styles only, frames refused, no referrer leaking
 * document addresses. Anonymous page requests are sent to the login, anonymous API requests get 401.
 * Command-line runs start no web application and need none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {
    /** Our own files only; data: for Bootstrap's inline SVG icons; htmx and ECharts need nothing more. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            ObjectProvider<ApiTokens> tokens,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<OidcAccounts> oidc)
            throws Exception {
        AuthenticationEntryPoint signIn = signInFirst();
        http.authorizeHttpRequests(AccessRules::apply)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokens::present))
                .formLogin(login -> login.loginPage("/login").successHandler(new SignedInLanding()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(signIn).accessDeniedHandler(signInFirstIfSignedOut(signIn)))
                .headers(headers -> headers.frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class);
        tokens.ifAvailable(available ->
                http.addFilterBefore(BearerTokens.filter(available), UsernamePasswordAuthenticationFilter.class));
        if (registrations.getIfAvailable() != null) {
            OidcAccounts accounts = oidc.getObject();
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                    .successHandler(new OidcLanding(accounts))
                    .failureUrl("/login?oidc"));
        }
        return http.build();
    }

    /**
     * Anonymous API requests, and requests that accept JSON but not HTML (a page's script fetching its data, such as
     * the dashboard's charts), get 401: a redirect would answer them with the login page's HTML. An htmx request (its
     * session ended while the page was open) gets 401 with {@code HX-Redirect} to the login page, so htmx loads the
     * whole login page instead of swapping it into a fragment; anything else is sent to the login page, which returns
     * afterwards.
     */
    private static AuthenticationEntryPoint signInFirst() {
        DelegatingAuthenticationEntryPoint.Builder entryPoints = DelegatingAuthenticationEntryPoint.builder();
        entryPoints.addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), SecurityConfiguration::isApi);
        entryPoints.addEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                new AndRequestMatcher(
                        accepts(MediaType.APPLICATION_JSON), new NegatedRequestMatcher(accepts(MediaType.TEXT_HTML))));
        entryPoints.addEntryPointFor(
                SecurityConfiguration::htmxToLogin, request -> request.getHeader("HX-Request") != null);
        entryPoints.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoints.build();
    }

    /**
     * A request refused for its CSRF token while nobody is signed in (a form posted after its session ended, or an
     * API call without a token) is answered as any signed-out request ({@link #signInFirst()}), instead of 403
     * "no permission", which told a reporter saving a report after the session's timeout that the report was not
     * theirs. Every other refusal is the usual 403.
     */
    private static AccessDeniedHandler signInFirstIfSignedOut(AuthenticationEntryPoint signIn) {
        AccessDeniedHandler denied = new AccessDeniedHandlerImpl();
        return (request, response, refused) -> {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            if (refused instanceof CsrfException && (who == null || who instanceof AnonymousAuthenticationToken)) {
                signIn.commence(request, response, new InsufficientAuthenticationException("signed out", refused));
            } else {
                denied.handle(request, response, refused);
            }
        };
    }

    /**
     * The login for an htmx request. The fragment's address, saved to return to after the login, is forgotten: it is
     * no page, and the login lands on the user's start page instead.
     */
    private static void htmxToLogin(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.core.AuthenticationException refused) {
        new HttpSessionRequestCache().removeRequest(request, response);
        response.setHeader("HX-Redirect", request.getContextPath() + "/login");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }

    /** @return whether the request's {@code Accept} names the type itself, not only through a wildcard */
    private static MediaTypeRequestMatcher accepts(MediaType type) {
        MediaTypeRequestMatcher accepts = new MediaTypeRequestMatcher(type);
        accepts.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return accepts;
    }

    private static boolean isApi(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}

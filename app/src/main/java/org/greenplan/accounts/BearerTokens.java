package org.greenplan.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Bearer-token sign-in for {@code /api/**} with Spring Security's own {@link AuthenticationFilter}: the
 * converter reads {@code Authorization: Bearer …}, a provider asks {@link ApiTokens}, a wrong or expired
 * token answers 401, and a request without a bearer token goes on to the session as before. Nothing is
 * stored in the session for a token request.
 */
public final class BearerTokens {
    private static final String BEARER = "Bearer ";

    private BearerTokens() {}

    /** @return whether the request carries a bearer token (such requests need no CSRF token) */
    public static boolean present(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /** @return the filter to place before the username-and-password filter, for {@code /api/**} */
    public static AuthenticationFilter filter(ApiTokens tokens) {
        AuthenticationFilter filter = new AuthenticationFilter(
                new ProviderManager(List.of(provider(tokens))),
                request -> present(request)
                        ? new Presented(request.getHeader(HttpHeaders.AUTHORIZATION)
                                .substring(BEARER.length())
                                .strip())
                        : null);
        filter.setRequestMatcher(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
        filter.setSuccessHandler((request, response, authentication) -> {});
        filter.setFailureHandler(
                new AuthenticationEntryPointFailureHandler(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return filter;
    }

    private static AuthenticationProvider provider(ApiTokens tokens) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication presented) {
                GreenPlanUser user = tokens.authenticate((String) presented.getCredentials())
                        .orElseThrow(() -> new BadCredentialsException("unknown, expired or revoked token"));
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return Presented.class.isAssignableFrom(authentication);
            }
        };
    }

    /** A bearer token as presented, not yet checked. */
    private static final class Presented extends AbstractAuthenticationToken {
        @Serial
        private static final long serialVersionUID = 1L;

        private final String token;

        Presented(String token) {
            super(List.of());
            this.token = token;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return "bearer token";
        }
    }
}

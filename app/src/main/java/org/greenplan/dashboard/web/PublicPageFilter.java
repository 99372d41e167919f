package org.greenplan.dashboard.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps anonymous visitors of the public pages ({@code GET /public/**}) without a session: those pages
 * carry no form, so they need no CSRF token, and reading the token would store one in a new session
 * (one session row per visitor). Runs after Spring Security, which puts the token into the request.
 */
@Component
class PublicPageFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.removeAttribute(CsrfToken.class.getName());
        request.removeAttribute("_csrf");
        chain.doFilter(request, response);
    }
}

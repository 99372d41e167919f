package org.greenplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.greenplan.accounts.GreenPlanUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who must change their password (a one-time password from the first start or from an admin)
 * is sent to {@code /password} from every page until they have; API calls get 403. Static files, the
 * login, logout and error pages stay reachable.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {
    private static final List<String> OPEN =
            List.of("/password", "/logout", "/login", "/error", "/webjars/", "/css/", "/js/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication != null
                && authentication.getPrincipal() instanceof GreenPlanUser user
                && user.mustChangePassword()
                && OPEN.stream().noneMatch(path::startsWith)) {
            if (path.startsWith("/api/")) {
                response.sendError(HttpStatus.FORBIDDEN.value(), "the password must be changed first");
            } else {
                response.sendRedirect(request.getContextPath() + "/password");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}

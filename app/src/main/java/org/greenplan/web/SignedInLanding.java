package org.greenplan.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a login lands: the page that was asked for before the login, else the user's start page: the
 * plans ({@code /}) for the office and leaders, the unit workspace ({@code /my}) for a unit's users.
 */
class SignedInLanding extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        setDefaultTargetUrl(startPage(authentication));
        super.onAuthenticationSuccess(request, response, authentication);
    }

    static String startPage(Authentication authentication) {
        if (authentication.getPrincipal() instanceof GreenPlanUser user
                && !user.actor().has(Role.OFFICE_ADMIN)
                && !user.actor().has(Role.LEADER)) {
            return "/my";
        }
        return "/";
    }
}

package org.greenplan.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.OidcAccounts;
import org.greenplan.accounts.SignedIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After an OIDC login, the session's principal becomes the mapped {@link GreenPlanUser}, as after a
 * password login, so that every module sees the same actor; then the login lands as usual.
 */
class OidcLanding implements AuthenticationSuccessHandler {
    private final OidcAccounts accounts;
    private final SignedInLanding landing = new SignedInLanding();

    OidcLanding(OidcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        GreenPlanUser user = accounts.map((OidcUser) authentication.getPrincipal());
        SignedIn.replace(user, request, response);
        landing.onAuthenticationSuccess(
                request,
                response,
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

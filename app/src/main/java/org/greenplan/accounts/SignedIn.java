package org.greenplan.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Replaces the signed-in principal of the current session, through Spring Security's context and
 * session repository: after a password change (no longer must change), when an office admin starts or
 * stops acting as a unit, and when an OIDC login is mapped to a GreenPlan user.
 */
public final class SignedIn {
    private static final SecurityContextRepository SESSION = new HttpSessionSecurityContextRepository();

    private SignedIn() {}

    /** Makes {@code user} the principal of this request and of its session. */
    public static void replace(GreenPlanUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        SESSION.saveContext(context, request, response);
    }
}

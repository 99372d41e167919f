package org.greenplan.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.accounts.LoginThrottledException;
import org.greenplan.accounts.OidcAccounts;
import org.greenplan.shared.OfficeTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page (登录): username and password, and a button per configured identity provider. After a
 * refused login it says why: wrong name or password, the account temporarily locked (until when), the
 * address refused (until when), the account disabled, or an identity-provider account without a user.
 */
@Controller
class LoginController {
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final MessageSource messages;
    private final OfficeTime officeTime;

    LoginController(
            ObjectProvider<ClientRegistrationRepository> registrations, MessageSource messages, OfficeTime officeTime) {
        this.registrations = registrations;
        this.messages = messages;
        this.officeTime = officeTime;
    }

    /** A configured identity provider: its name and where its login starts. */
    record Provider(String name, String url) {}

    @GetMapping("/login")
    String showLogin(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        boolean refused = request.getParameter("error") != null || request.getParameter("oidc") != null;
        if (refused) {
            MessageSourceResolvable problem =
                    refusal == null ? new DefaultMessageSourceResolvable("login.failed") : problem(refusal);
            model.addAttribute("problem", messages.getMessage(problem, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        model.addAttribute("providers", providers());
        return "accounts/login";
    }

    private MessageSourceResolvable problem(Object refusal) {
        if (refusal instanceof LoginThrottledException locked) {
            String code = locked.scope() == LoginThrottledException.Scope.ACCOUNT
                    ? "login.locked.account"
                    : "login.locked.address";
            String until = officeTime.minute(locked.until());
            return new DefaultMessageSourceResolvable(new String[] {code}, new Object[] {until});
        }
        if (refusal instanceof DisabledException) {
            return new DefaultMessageSourceResolvable("login.disabled");
        }
        if (refusal instanceof OAuth2AuthenticationException oauth
                && OidcAccounts.UNKNOWN_USER.equals(oauth.getError().getErrorCode())) {
            return new DefaultMessageSourceResolvable("login.oidc.unknown");
        }
        if (refusal instanceof OAuth2AuthenticationException) {
            return new DefaultMessageSourceResolvable("login.oidc.failed");
        }
        return new DefaultMessageSourceResolvable("login.failed");
    }

    private List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                providers.add(new Provider(
                        registration.getClientName(), "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return providers;
    }
}

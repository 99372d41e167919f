package org.greenplan.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Login through the office's identity provider (OIDC, configured with
 * {@code spring.security.oauth2.client.registration.*}): the provider's account is mapped to an existing,
 * enabled {@code app_user} by one claim ({@code greenplan.accounts.oidc.username-claim}, default
 * {@code preferred_username}). An account that maps to no such user is refused with
 * {@value #UNKNOWN_USER}; nobody is created here.
 */
@Component
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {
    /** The OAuth2 error code of a provider account that is no enabled GreenPlan user. */
    public static final String UNKNOWN_USER = "greenplan_unknown_user";

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final UserAccounts accounts;
    private final String claim;

    @org.springframework.beans.factory.annotation.Autowired
    OidcAccounts(UserAccounts accounts, @Value("${greenplan.accounts.oidc.username-claim}") String claim) {
        this(new OidcUserService(), accounts, claim);
    }

    OidcAccounts(OAuth2UserService<OidcUserRequest, OidcUser> provider, UserAccounts accounts, String claim) {
        this.provider = provider;
        this.accounts = accounts;
        this.claim = claim;
    }

    /**
     * @return the provider's user, named by the mapped GreenPlan username and carrying its authorities
     * @throws OAuth2AuthenticationException with {@link #UNKNOWN_USER} when no enabled user matches
     */
    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        GreenPlanUser mapped = map(user);
        return new DefaultOidcUser(mapped.getAuthorities(), user.getIdToken(), user.getUserInfo(), claim);
    }

    /**
     * @return the enabled GreenPlan user the provider's account maps to
     * @throws OAuth2AuthenticationException with {@link #UNKNOWN_USER} when there is none
     */
    public GreenPlanUser map(OidcUser user) {
        Object value = user.getClaims().get(claim);
        String username = value == null ? "" : value.toString();
        return accounts.find(username)
                .filter(GreenPlanUser::isEnabled)
                .map(found -> found.replacedBy(found.actor()))
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(UNKNOWN_USER, "no enabled GreenPlan user for claim " + claim, null)));
    }
}

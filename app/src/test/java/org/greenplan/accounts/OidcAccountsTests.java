package org.greenplan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** An identity-provider account signs in as the enabled GreenPlan user its configured claim names. */
class OidcAccountsTests {
    private final UserAccounts accounts = mock(UserAccounts.class);
    private final Actor wang = new Actor(7, "wang.li", "王力", 3L, Set.of(Role.UNIT_REPORTER), false);

    @Test
    void mapsThePreferredUsernameToTheUserWithItsRoles() {
        when(accounts.find("wang.li")).thenReturn(Optional.of(new GreenPlanUser(wang, "{bcrypt}x", true, false, 3)));
        OidcAccounts oidc = new OidcAccounts(request -> null, accounts, "preferred_username");

        GreenPlanUser user = oidc.map(provided(Map.of("sub", "abc-123", "preferred_username", "wang.li")));

        assertThat(user.actor()).isEqualTo(wang);
        assertThat(user.getPassword()).isNull();
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_UNIT_REPORTER");
    }

    @Test
    void readsTheConfiguredClaimInstead() {
        when(accounts.find("wang.li")).thenReturn(Optional.of(new GreenPlanUser(wang, null, true, false, 3)));
        OidcAccounts oidc = new OidcAccounts(request -> null, accounts, "employee_id");

        assertThat(oidc.map(provided(Map.of("sub", "x", "employee_id", "wang.li")))
                        .actor()
                        .userId())
                .isEqualTo(7);
    }

    @Test
    void refusesAnUnknownOrDisabledUserWithAClearCode() {
        when(accounts.find("stranger")).thenReturn(Optional.empty());
        when(accounts.find("wang.li")).thenReturn(Optional.of(new GreenPlanUser(wang, null, false, false, 3)));
        OidcAccounts oidc = new OidcAccounts(request -> null, accounts, "preferred_username");

        for (String name : List.of("stranger", "wang.li")) {
            assertThatThrownBy(() -> oidc.map(provided(Map.of("sub", "x", "preferred_username", name))))
                    .isInstanceOfSatisfying(
                            OAuth2AuthenticationException.class,
                            refused -> assertThat(refused.getError().getErrorCode())
                                    .isEqualTo(OidcAccounts.UNKNOWN_USER));
        }
    }

    private static OidcUser provided(Map<String, Object> claims) {
        OidcIdToken token =
                new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new DefaultOidcUser(List.of(), token, "sub");
    }
}

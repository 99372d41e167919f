package org.greenplan.accounts;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing and the login provider. Hashes are Spring Security's delegating encoding: bcrypt
 * by default, stored with their {@code {id}} prefix so that an older scheme is still read and upgraded.
 */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    /**
     * Spring Security's delegating encoder behind a fair bound on concurrent checks
     * ({@code greenplan.accounts.password-checks}, 0 = one per processor).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${greenplan.accounts.password-checks:0}") int checks) {
        int permits = checks > 0 ? checks : Runtime.getRuntime().availableProcessors();
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), permits);
    }

    /** The one authentication provider of the application: Spring Security's global manager uses it. */
    @Bean
    AuthenticationProvider passwordLogin(
            UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(accounts);
        // the account's state is checked after its password, not before: a wrong password for a disabled account
        // then reads as any wrong password, and does not tell whoever tries it that the account exists
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(passwords, throttle, clock);
    }
}

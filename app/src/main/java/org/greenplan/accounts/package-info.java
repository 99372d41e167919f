/**
 * Accounts: users, their roles and the unit they belong to, and who is acting in the current request.
 *
 * <p>API: {@link org.greenplan.accounts.Role}, {@link org.greenplan.accounts.Actor} (who acts, for
 * which unit), {@link org.greenplan.accounts.CurrentActor} (the actor of the current request) and
 * {@link org.greenplan.accounts.GreenPlanUser} (the Spring Security principal that carries an actor).
 * Every module asks {@code CurrentActor} who acts and checks the unit itself; none reads the security
 * context directly.
 *
 * <p>Sign-in (Spring Security): {@link org.greenplan.accounts.UserAccounts} (the JDBC user directory),
 * {@link org.greenplan.accounts.LoginThrottle} (failed-login throttling), {@link org.greenplan.accounts.PasswordChanges},
 * {@link org.greenplan.accounts.ApiTokens} with {@link org.greenplan.accounts.BearerTokens} (API tokens),
 * {@link org.greenplan.accounts.OidcAccounts} (OIDC login mapped to a user), the first start's admin, and
 * the login, password and token pages in {@code web}. {@link org.greenplan.accounts.AccountChanged} (published when the
 * office disables, resets or changes an account, whose sessions then end, and when users change their own password,
 * which ends their other sessions) and
 * {@link org.greenplan.accounts.SignInCheck} (whether a sign-in is still current when its session is stored).
 *
 * <p>Tables (only this module writes them): {@code app_user}, {@code app_user_role}, {@code login_failure},
 * {@code app_user_token}, {@code admin_import_preview} (written by the nested administration module, for
 * its bulk imports).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"shared"})
package org.greenplan.accounts;

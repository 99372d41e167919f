package org.greenplan.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal of a GreenPlan user: the {@link Actor} plus the password hash that
 * the login compares against (erased after login). Stored in the JDBC session, hence serialisable.
 */
public final class GreenPlanUser implements UserDetails, CredentialsContainer {
    @Serial
    private static final long serialVersionUID = 2L;

    /** The sign-in version of a principal not read from the user directory (tests, generated data): not checked. */
    public static final long UNREAD = -1;

    private final Actor actor;
    private String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final long signInVersion;

    /**
     * @param actor              who the user is
     * @param passwordHash       the stored hash with its {@code {id}} prefix, or null when none is known
     * @param enabled            false for a disabled account
     * @param mustChangePassword true until the user replaces a one-time password
     * @param signInVersion      {@code app_user.sign_in_version} as read with the rest, raised by every change that
     *                           ends the account's sessions; {@link #UNREAD} when not read from the directory
     */
    public GreenPlanUser(
            Actor actor, String passwordHash, boolean enabled, boolean mustChangePassword, long signInVersion) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.signInVersion = signInVersion;
    }

    /** @return a signed-in user without credentials and without a read account version, e.g. for tests */
    public static GreenPlanUser of(Actor actor) {
        return new GreenPlanUser(actor, null, true, false, UNREAD);
    }

    /**
     * @return this user signed in as {@code actor} (acting as a unit, after an OIDC login), without credentials and
     *         with nothing left to change, keeping the sign-in version it was read at
     */
    public GreenPlanUser replacedBy(Actor actor) {
        return replacedBy(actor, signInVersion);
    }

    /**
     * @param signInVersion the account's sign-in version after a change the user made themselves (their password)
     * @return this user signed in as {@code actor}, without credentials and with nothing left to change
     */
    public GreenPlanUser replacedBy(Actor actor, long signInVersion) {
        return new GreenPlanUser(actor, null, true, false, signInVersion);
    }

    /** @return {@code app_user.sign_in_version} as it was when this user was read, or {@link #UNREAD} */
    public long signInVersion() {
        return signInVersion;
    }

    public Actor actor() {
        return actor;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .sorted(java.util.Comparator.comparing(GrantedAuthority::getAuthority))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "GreenPlanUser[" + actor.username() + ", " + List.copyOf(actor.roles()) + "]";
    }
}

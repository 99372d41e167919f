package org.greenplan.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A user changes their own password (修改密码), also at the first login with a one-time password. Policy: at
 * least {@value #MIN_LENGTH} characters, not the username, not the current password, hard enough to guess
 * ({@link PasswordStrength}: no leaked password, word, name, keyboard row, sequence or date carrying it), typed
 * twice alike; the current password must be given. A change clears {@code must_change_password} and ends the
 * account's other sessions.
 */
@Service
public class PasswordChanges {
    /** The shortest password accepted, in characters. */
    public static final int MIN_LENGTH = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    PasswordChanges(JdbcClient jdbc, PasswordEncoder encoder, UserAccounts accounts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Why a password change was refused: the form field, the message key and its arguments.
     *
     * @param arguments the key's arguments, e.g. the guessable part of the password
     */
    public record Problem(String field, String messageKey, List<Object> arguments) {
        /** A problem whose message takes the minimum length as its argument. */
        public Problem(String field, String messageKey) {
            this(field, messageKey, List.of(MIN_LENGTH));
        }
    }

    /**
     * What a password change gave.
     *
     * @param problems       why it was refused; empty when the password was changed
     * @param signInVersion the account's sign-in version after the change ({@code app_user.sign_in_version}), for the session it was
     *                       made through to go on with; {@link GreenPlanUser#UNREAD} when refused
     */
    public record Outcome(List<Problem> problems, long signInVersion) {
        static Outcome refused(List<Problem> problems) {
            return new Outcome(List.copyOf(problems), GreenPlanUser.UNREAD);
        }

        /** @return whether the password was changed */
        public boolean changed() {
            return problems.isEmpty();
        }
    }

    /**
     * Changes the password and ends the account's other sessions: whoever had signed in with the old password (another
     * browser, a shared computer, someone who learnt it) must sign in with the new one (OWASP ASVS 4.0.3, V3.3.3). The
     * account's sign-in version is raised, so a sign-in with the old password that is still being stored is refused as well
     * ({@link SignInCheck}).
     *
     * <p>Not transactional: the password checks and the new hash wait for the bounded password checks ({@code
     * BoundedPasswordEncoder}) while a sign-in storm runs, and must not hold a pooled connection meanwhile. The
     * one update changes the hash only while it is still the one the current password was checked against, so a
     * change made in between (another tab, a reset by the office) is not overwritten: this one is refused.
     *
     * @param username        the signed-in user's login name
     * @param changingSession the id of the session the change is made through, which stays open; null for none
     * @return the problems, or the account's new sign-in version when the password was changed
     */
    public Outcome change(String username, String current, String next, String repeated, String changingSession) {
        GreenPlanUser user = accounts.find(username).orElse(null);
        if (user == null) {
            return Outcome.refused(List.of(new Problem("current", "password.error.current")));
        }
        List<Problem> problems = problems(user, current, next, repeated);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        Optional<Long> signInVersion = jdbc.sql("""
                        update app_user set password_hash = ?, must_change_password = false,
                            sign_in_version = sign_in_version + 1
                        where id = ? and password_hash = ?
                        returning sign_in_version""")
                .params(encoder.encode(next), user.actor().userId(), user.getPassword())
                .query(Long.class)
                .optional();
        if (signInVersion.isEmpty()) {
            return Outcome.refused(List.of(new Problem("current", "password.error.current")));
        }
        events.publishEvent(new AccountChanged(user.getUsername(), changingSession));
        return new Outcome(List.of(), signInVersion.get());
    }

    private List<Problem> problems(GreenPlanUser user, String current, String next, String repeated) {
        List<Problem> problems = new ArrayList<>();
        String hash = user.getPassword();
        if (hash == null || current == null || !encoder.matches(current, hash)) {
            problems.add(new Problem("current", "password.error.current"));
        }
        if (next == null || next.codePointCount(0, next.length()) < MIN_LENGTH) {
            problems.add(new Problem("next", "password.error.short"));
        } else if (next.equalsIgnoreCase(user.getUsername())) {
            problems.add(new Problem("next", "password.error.username"));
        } else if (hash != null && encoder.matches(next, hash)) {
            problems.add(new Problem("next", "password.error.same"));
        } else {
            PasswordStrength.check(
                            next, List.of(user.getUsername(), user.actor().displayName()))
                    .ifPresent(weak -> problems.add(new Problem("next", weak.messageKey(), List.of(weak.part()))));
        }
        if (next != null && !next.equals(repeated)) {
            problems.add(new Problem("repeated", "password.error.repeated"));
        }
        return problems;
    }
}

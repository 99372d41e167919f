package org.greenplan.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A user changes their own password (修改密码), also at the first login with a one-time password. Policy: at
 * least {@value #MIN_LENGTH} characters, not the username, not the current password, hard enough to guess
 * ({@link PasswordStrength}: no leaked password, word, name, keyboard row, sequence or date carrying it), typed
 * twice alike; the current password must be given. A change clears {@code must_change_password}.
 */
@Service
public class PasswordChanges {
    /** The shortest password accepted, in characters. */
    public static final int MIN_LENGTH = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final UserAccounts accounts;

    PasswordChanges(JdbcClient jdbc, PasswordEncoder encoder, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.accounts = accounts;
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
     * Not transactional: the password checks and the new hash wait for the bounded password checks ({@code
     * BoundedPasswordEncoder}) while a sign-in storm runs, and must not hold a pooled connection meanwhile. The
     * one update changes the hash only while it is still the one the current password was checked against, so a
     * change made in between (another tab, a reset by the office) is not overwritten: this one is refused.
     *
     * @param username the signed-in user's login name
     * @return the problems; empty when the password was changed
     */
    public List<Problem> change(String username, String current, String next, String repeated) {
        GreenPlanUser user = accounts.find(username).orElse(null);
        if (user == null) {
            return List.of(new Problem("current", "password.error.current"));
        }
        List<Problem> problems = problems(user, current, next, repeated);
        if (problems.isEmpty()) {
            int changed = jdbc.sql("""
                            update app_user set password_hash = ?, must_change_password = false
                            where id = ? and password_hash = ?""")
                    .params(encoder.encode(next), user.actor().userId(), user.getPassword())
                    .update();
            if (changed == 0) {
                return List.of(new Problem("current", "password.error.current"));
            }
        }
        return problems;
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

package org.greenplan.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the users of generated demonstration and load-test data ({@code ./greenplan demo-data}): all of
 * them sign in with one password the generator drew at random and printed, and none has to change it
 * (the load test signs in as them). Never offered on a page; the office creates real users with one-time
 * passwords ({@code accounts.admin.UserAdministration}). The password is hashed once for all of them.
 * The caller records the creations in the audit trail (this module cannot: the audit trail depends on it).
 */
@Service
public class GeneratedAccounts {
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    GeneratedAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /**
     * A user to create.
     *
     * @param username    unique regardless of case
     * @param displayName the name shown and recorded in the audit trail
     * @param unitId      the unit of a reporter or unit leader, null for office admins and leaders
     * @param role        the one role
     */
    public record GeneratedUser(String username, String displayName, Long unitId, Role role) {}

    /**
     * @return the users' ids, in the given order
     * @throws IllegalStateException when a username is taken (the data was generated before); nothing is
     *                               stored
     */
    @Transactional
    public List<Long> create(List<GeneratedUser> users, String password) {
        String hash = encoder.encode(password);
        List<Long> ids = new ArrayList<>();
        try {
            for (GeneratedUser user : users) {
                long id = jdbc.sql("""
                                insert into app_user (username, display_name, password_hash, unit_id, enabled,
                                                      must_change_password)
                                values (?, ?, ?, ?, true, false) returning id""")
                        .params(user.username(), user.displayName(), hash, user.unitId())
                        .query(Long.class)
                        .single();
                jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)")
                        .params(id, user.role().name())
                        .update();
                ids.add(id);
            }
        } catch (DuplicateKeyException taken) {
            throw new IllegalStateException("demonstration users exist already (generated before?): "
                    + taken.getMostSpecificCause().getMessage());
        }
        return ids;
    }
}

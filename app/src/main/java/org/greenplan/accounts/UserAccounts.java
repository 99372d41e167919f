package org.greenplan.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user directory Spring Security signs in against: {@code app_user} with its roles in
 * {@code app_user_role}, read into a {@link GreenPlanUser}. A stored hash in an older format (or weaker
 * bcrypt strength) is replaced by the current encoding at the next successful login
 * ({@link UserDetailsPasswordService}).
 */
@Service
public class UserAccounts implements UserDetailsService, UserDetailsPasswordService {
    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param username the login name, exactly as stored
     * @return the user with roles, password hash, enabled and must-change flags
     * @throws UsernameNotFoundException when there is no such user, or the user holds no role
     */
    @Override
    @Transactional(readOnly = true)
    public GreenPlanUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** @return the user, or empty when there is none or it holds no role */
    @Transactional(readOnly = true)
    public Optional<GreenPlanUser> find(String username) {
        return jdbc.sql("""
                        select id, username, display_name, password_hash, unit_id, enabled, must_change_password, sign_in_version
                        from app_user where username = ?""")
                .param(username)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        rs.getBoolean(6),
                        rs.getBoolean(7),
                        rs.getLong(8)))
                .optional()
                .flatMap(this::withRoles);
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        GreenPlanUser known = (GreenPlanUser) user;
        jdbc.sql("update app_user set password_hash = ? where id = ?")
                .params(newPassword, known.actor().userId())
                .update();
        return new GreenPlanUser(
                known.actor(), newPassword, known.isEnabled(), known.mustChangePassword(), known.signInVersion());
    }

    private Optional<GreenPlanUser> withRoles(Row row) {
        List<String> names = jdbc.sql("select role from app_user_role where user_id = ?")
                .param(row.id())
                .query(String.class)
                .list();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        Actor actor = new Actor(row.id(), row.username(), row.displayName(), row.unitId(), roles, false);
        return Optional.of(
                new GreenPlanUser(actor, row.passwordHash(), row.enabled(), row.mustChange(), row.signInVersion()));
    }

    private record Row(
            long id,
            String username,
            String displayName,
            String passwordHash,
            Long unitId,
            boolean enabled,
            boolean mustChange,
            long signInVersion) {}
}

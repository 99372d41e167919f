package org.greenplan.accounts.admin;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.greenplan.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code app_user} and {@code app_user_role} for the office's administration. */
@Repository
class UserStore {
    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.unit_id, ru.name, u.email, u.phone, u.enabled,
                   u.must_change_password, u.version,
                   array(select r.role from app_user_role r where r.user_id = u.id) as roles
            from app_user u left join responsible_unit ru on ru.id = u.unit_id
            """;
    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserView> users(UserFilter filter) {
        return users(filter, null, null);
    }

    /**
     * @param regions the regions whose units' users are listed (null: every user)
     * @param offices the office admins listed besides, those scoped to these regions
     */
    List<UserView> users(UserFilter filter, Set<Long> regions, Set<Long> offices) {
        String inRegion = regions == null ? "" : "and (ru.region_id in (:regions) or u.id in (:offices))\n";
        var sql = jdbc.sql(SELECT + """
                        where (cast(:unit as bigint) is null or u.unit_id = :unit)
                          and (cast(:enabled as boolean) is null or u.enabled = :enabled)
                          and (cast(:role as text) is null
                               or exists (select 1 from app_user_role x where x.user_id = u.id and x.role = :role))
                        """ + inRegion + "order by lower(u.username)")
                .param("unit", filter.unitId())
                .param("enabled", filter.enabled())
                .param("role", filter.role() == null ? null : filter.role().name());
        if (regions != null) {
            // an empty list is no valid SQL: -1 is no id
            sql = sql.param("regions", regions.isEmpty() ? List.of(-1L) : regions)
                    .param("offices", offices.isEmpty() ? List.of(-1L) : offices);
        }
        return sql.query(UserStore::view).list();
    }

    UserView user(long id) {
        return jdbc.sql(SELECT + "where u.id = ?")
                .param(id)
                .query(UserStore::view)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("no user " + id));
    }

    boolean usernameTaken(String username, Long exceptId) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?) and id <> coalesce(?, -1)")
                        .params(username, exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(UserDraft draft, String passwordHash) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, unit_id, email, phone,
                                              enabled, must_change_password)
                        values (?, ?, ?, ?, ?, ?, true, true) returning id""")
                .params(
                        draft.username(),
                        draft.displayName(),
                        passwordHash,
                        draft.unitId(),
                        draft.email(),
                        draft.phone())
                .query(Long.class)
                .single();
        replaceRoles(id, draft.roles());
        return id;
    }

    /** @return whether the row was still at {@code version} (and is now updated) */
    boolean update(long id, int version, UserDraft draft) {
        int rows = jdbc.sql("""
                        update app_user set username = ?, display_name = ?, unit_id = ?, email = ?, phone = ?,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(
                        draft.username(),
                        draft.displayName(),
                        draft.unitId(),
                        draft.email(),
                        draft.phone(),
                        id,
                        version)
                .update();
        if (rows == 1) {
            replaceRoles(id, draft.roles());
        }
        return rows == 1;
    }

    /** Raises the account's sign-in version: sessions signed in before can no longer store a replaced user. */
    void endSignIns(long id) {
        jdbc.sql("update app_user set sign_in_version = sign_in_version + 1 where id = ?")
                .param(id)
                .update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ?, version = version + 1 where id = ?")
                .params(enabled, id)
                .update();
    }

    void setOneTimePassword(long id, String passwordHash) {
        jdbc.sql(
                        "update app_user set password_hash = ?, must_change_password = true, version = version + 1 where id = ?")
                .params(passwordHash, id)
                .update();
    }

    /** Locks the rows of the enabled office admins (so two admins cannot remove each other at once). */
    List<Long> lockEnabledAdmins() {
        return jdbc.sql("""
                        select u.id from app_user u
                        where u.enabled
                          and exists (select 1 from app_user_role r where r.user_id = u.id and r.role = 'OFFICE_ADMIN')
                        order by u.id for update""").query(Long.class).list();
    }

    private void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
        }
    }

    private static UserView view(ResultSet rs, int row) throws SQLException {
        return new UserView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, Long.class),
                rs.getString(5),
                roles(rs.getArray(11)),
                rs.getString(6),
                rs.getString(7),
                rs.getBoolean(8),
                rs.getBoolean(9),
                rs.getInt(10));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}

package org.greenplan.reminders;

import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users stored in {@code app_user} for the notification tests (names start with {@code nt-}, removed by {@link #clean}). */
final class TestUsers {
    private TestUsers() {}

    static Actor create(JdbcClient jdbc, String username, Long unitId, Role role, String email) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, unit_id, must_change_password, email)
                        values (?, ?, ?, false, ?) returning id""")
                .params(username, username, unitId, email)
                .query(Long.class)
                .single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)")
                .params(id, role.name())
                .update();
        return new Actor(id, username, username, unitId, Set.of(role), false);
    }

    static void clean(JdbcClient jdbc) {
        jdbc.sql("delete from notification_message where unit_id is null or plan_id is null")
                .update();
        jdbc.sql("delete from app_user where username like 'nt-%'").update();
    }
}

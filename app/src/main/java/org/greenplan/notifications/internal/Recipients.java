package org.greenplan.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.notifications.Audience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who of a unit receives a notice: its enabled users (all of them, or only its UNIT_LEADER users) and its
 * contact person (联络员, from the unit directory) when one is named. Reads the accounts' and the
 * directory's tables, writes nothing.
 */
@Component
public class Recipients {
    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the users first (by username), then the contact person if the unit names one */
    public List<Recipient> of(long unitId, Audience audience) {
        List<Recipient> people = new ArrayList<>(jdbc.sql("""
                        select u.id, u.username, u.email, u.phone from app_user u
                        where u.unit_id = ? and u.enabled
                          and exists (select 1 from app_user_role r where r.user_id = u.id
                                      and r.role in ('UNIT_LEADER', case when ? then 'UNIT_LEADER' else 'UNIT_REPORTER' end))
                        order by u.username""")
                .params(unitId, audience == Audience.UNIT_LEADERS)
                .query((row, n) -> new Recipient(
                        row.getLong(1), row.getString(2), blankToNull(row.getString(3)), blankToNull(row.getString(4))))
                .list());
        jdbc.sql("select contact_name, contact_email, contact_phone from responsible_unit where id = ?")
                .param(unitId)
                .query((row, n) -> new Recipient(
                        null, row.getString(1), blankToNull(row.getString(2)), blankToNull(row.getString(3))))
                .optional()
                .filter(c -> c.name() != null || c.email() != null || c.mobile() != null)
                .ifPresent(people::add);
        return people;
    }

    /** @return the unit's name, or the id as text when it is gone */
    public String unitName(long unitId) {
        return jdbc.sql("select name from responsible_unit where id = ?")
                .param(unitId)
                .query(String.class)
                .optional()
                .orElse(String.valueOf(unitId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.greenplan.reminders;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads urgings with their units' names (in the order chosen). */
final class UrgingReader {
    private static final String SELECT = """
            select g.id, g.year, g.number, g.plan_id, g.task_id, t.number as task_number, t.text as task_text,
                array(select u.name from urging_unit uu join responsible_unit u on u.id = uu.unit_id
                      where uu.urging_id = g.id order by uu.position) as unit_names,
                g.message, g.reply_by, g.issued_at, g.issued_by
            from urging g left join task t on t.id = g.task_id""";
    private final JdbcClient jdbc;

    UrgingReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Urging> all() {
        return jdbc.sql(SELECT + " order by g.year desc, g.number desc")
                .query(UrgingReader::map)
                .list();
    }

    Optional<Urging> find(long id) {
        return jdbc.sql(SELECT + " where g.id = ?")
                .param(id)
                .query(UrgingReader::map)
                .optional();
    }

    /** @return the urgings naming the unit, newest first */
    List<Urging> ofUnit(long unitId) {
        return jdbc.sql(SELECT
                        + " where exists (select 1 from urging_unit x where x.urging_id = g.id and x.unit_id = ?)"
                        + " order by g.year desc, g.number desc")
                .param(unitId)
                .query(UrgingReader::map)
                .list();
    }

    private static Urging map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        Array names = row.getArray("unit_names");
        long task = row.getLong("task_id");
        boolean noTask = row.wasNull();
        return new Urging(
                row.getLong("id"),
                row.getInt("year"),
                row.getInt("number"),
                row.getLong("plan_id"),
                noTask ? null : task,
                row.getString("task_number"),
                row.getString("task_text"),
                Arrays.asList((String[]) names.getArray()),
                row.getString("message"),
                row.getObject("reply_by", LocalDate.class),
                row.getTimestamp("issued_at").toInstant(),
                row.getString("issued_by"));
    }
}

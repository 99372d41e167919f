package org.greenplan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail back: per task (rows of the task itself and of its targets and reports, which
 * carry its {@code task_id}), per user, per entity, within a date range; always newest first and paged.
 * Dates are days in the office's time zone (the application {@link Clock}'s zone). A county or district office
 * reads only its region's rows ({@link AuditRegionFilter}), whatever the filters.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {
    private static final String SELECT = """
            select e.id, e.occurred_at, e.actor, e.actor_user_id, u.name as acting_as_unit, e.entity, e.entity_id,
                   e.task_id, e.action, e.detail, e.field, e.old_value, e.new_value, e.reason
            from audit_event e left join responsible_unit u on u.id = e.acting_as_unit_id
            """;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditRegionFilter region;

    AuditLog(JdbcClient jdbc, Clock clock, AuditRegionFilter region) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.region = region;
    }

    /**
     * @return the page of rows matching every filter of {@code query}, newest first (ties: last written first)
     */
    public AuditPage find(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        condition(conditions, params, "e.actor_user_id = ?", query.actorUserId());
        condition(conditions, params, "e.task_id = ?", query.taskId());
        condition(conditions, params, "e.entity = ?", query.entity());
        condition(conditions, params, "e.entity_id = ?", query.entityId());
        if (query.from() != null) {
            condition(conditions, params, "e.occurred_at >= ?", startOf(query.from()));
        }
        if (query.to() != null) {
            condition(
                    conditions, params, "e.occurred_at < ?", startOf(query.to().plusDays(1)));
        }
        region.condition().ifPresent(conditions::add);
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
        params.add(query.size() + 1);
        params.add((long) query.page() * query.size());
        List<AuditRecord> rows = jdbc.sql(SELECT + where + "order by e.occurred_at desc, e.id desc limit ? offset ?")
                .params(params)
                .query(AuditLog::record)
                .list();
        boolean hasNext = rows.size() > query.size();
        return new AuditPage(hasNext ? rows.subList(0, query.size()) : rows, query.page(), hasNext);
    }

    /** @return a task's history, first page: the task, its targets' values and settings, its reports */
    public AuditPage forTask(long taskId) {
        return find(AuditQuery.ofTask(taskId));
    }

    /** @return what a user did, first page */
    public AuditPage byUser(long userId) {
        return find(AuditQuery.ofUser(userId));
    }

    /** @return the history of one thing, e.g. {@code ("TARGET", 12)}, first page */
    public AuditPage forEntity(String entity, long entityId) {
        return find(AuditQuery.ofEntity(entity, entityId));
    }

    /** @return everyone who appears in the rows the reader may read (see {@link #find}), by name, for a filter list */
    public List<AuditActor> actors() {
        return jdbc
                .sql("""
                        select distinct on (actor_user_id) actor_user_id, actor from audit_event e
                        where actor_user_id is not null """
                        + region.condition().map(c -> " and " + c).orElse("")
                        + " order by actor_user_id, occurred_at desc")
                .query((rs, n) -> new AuditActor(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(
                        AuditActor::displayName, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /**
     * @return the kinds of things among the rows the reader may read (see {@link #find}), alphabetically, for a
     *     filter list: a county or district office is offered only kinds its region's rows hold
     */
    public List<String> entities() {
        return jdbc.sql("select distinct e.entity from audit_event e"
                        + region.condition().map(c -> " where " + c).orElse("")
                        + " order by e.entity")
                .query(String.class)
                .list();
    }

    private static void condition(List<String> conditions, List<Object> params, String sql, Object value) {
        if (value != null) {
            conditions.add(sql);
            params.add(value);
        }
    }

    private Timestamp startOf(java.time.LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    private static AuditRecord record(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getObject("actor_user_id", Long.class),
                rs.getString("acting_as_unit"),
                rs.getString("entity"),
                rs.getLong("entity_id"),
                rs.getObject("task_id", Long.class),
                rs.getString("action"),
                rs.getString("detail"),
                rs.getString("field"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("reason"));
    }
}

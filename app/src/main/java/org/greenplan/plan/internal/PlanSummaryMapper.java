package org.greenplan.plan.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.greenplan.plan.PlanState;
import org.greenplan.plan.PlanSummary;

/** Reads {@link PlanSummary} rows: {@link #SELECT} plus a where clause, mapped by {@link #map}. */
public final class PlanSummaryMapper {
    /** The plan, its source file's name and its task and issue counts. */
    public static final String SELECT = """
            select p.id, p.title, p.plan_year, p.issuer, p.issued_on_behalf_by, p.issued_date, p.document_number,
                   p.addressees, p.state, p.created_at, p.published_at, s.file_name, s.format,
                   p.withdrawn_at, p.withdrawal_reason,
                   (select count(*) from task t where t.plan_id = p.id) as task_count,
                   (select count(*) from parse_issue i where i.plan_id = p.id) as issue_count
            from plan p join plan_source s on s.plan_id = p.id""";

    private PlanSummaryMapper() {}

    /** Maps one row of {@link #SELECT}. */
    public static PlanSummary map(ResultSet rs, int row) throws SQLException {
        java.sql.Date issued = rs.getDate("issued_date");
        Timestamp published = rs.getTimestamp("published_at");
        return new PlanSummary(
                rs.getLong("id"),
                rs.getString("title"),
                (Integer) rs.getObject("plan_year"),
                rs.getString("issuer"),
                rs.getString("issued_on_behalf_by"),
                issued == null ? null : issued.toLocalDate(),
                rs.getString("document_number"),
                strings(rs.getArray("addressees")),
                PlanState.valueOf(rs.getString("state")),
                rs.getInt("task_count"),
                rs.getInt("issue_count"),
                rs.getString("file_name"),
                rs.getTimestamp("created_at").toInstant(),
                published == null ? null : published.toInstant(),
                rs.getString("format"),
                instant(rs.getTimestamp("withdrawn_at")),
                rs.getString("withdrawal_reason"));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

package org.greenplan.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of reports by state (no content): a unit's reports in a period, all reports of a period, and
 * the office's review queue. Checked from the {@link Actor} like {@link ProgressReports}: a unit reads
 * only its own unit's list (403 otherwise), the office and leaders read every list, only the office the
 * queue.
 */
@Service
@Transactional(readOnly = true)
public class ReportOverview {
    private static final String SELECT = """
            select r.id, r.plan_id, r.period_id, r.task_id, r.unit_id, r.state, r.row_version, r.submission,
                   (select min(v.submitted_at) from progress_report_version v where v.report_id = r.id) first_submitted,
                   r.submitted_at, r.return_reason
            from progress_report r""";

    private final JdbcClient jdbc;

    ReportOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return the unit's stored reports in the period (tasks without one have none), by task id
     * @throws AccessDeniedException when the actor neither speaks for the unit nor is the office or a leader
     */
    public List<ReportStatus> ofUnit(Actor actor, long periodId, long unitId) {
        if (!actor.isOffice() && !actor.has(Role.LEADER) && !actor.speaksFor(unitId)) {
            throw new AccessDeniedException(actor.username() + " may not read the reports of unit " + unitId);
        }
        return jdbc.sql(SELECT + " where r.period_id = ? and r.unit_id = ? order by r.task_id")
                .params(periodId, unitId)
                .query(ReportOverview::map)
                .list();
    }

    /**
     * @return every stored report of the period, by unit and task
     * @throws AccessDeniedException unless the office or a leader
     */
    public List<ReportStatus> ofPeriod(Actor actor, long periodId) {
        if (!actor.isOffice() && !actor.has(Role.LEADER)) {
            throw new AccessDeniedException(actor.username() + " may not read every unit's reports");
        }
        return jdbc.sql(SELECT + " where r.period_id = ? order by r.unit_id, r.task_id")
                .param(periodId)
                .query(ReportOverview::map)
                .list();
    }

    /**
     * The office's review queue: SUBMITTED and UNIT_APPROVED reports in OPEN periods, oldest submission
     * first. A SUBMITTED report of a plan asking for the unit leader's approval is still listed (the
     * office sees it waiting) but approving it is refused by {@link ProgressReports#approve}.
     *
     * @param planId   only this plan, or null
     * @param periodId only this period, or null
     * @param unitId   only this unit, or null
     * @throws AccessDeniedException unless the office
     */
    public List<ReportStatus> awaitingDecision(Actor actor, Long planId, Long periodId, Long unitId) {
        ReportAccess.requireOffice(actor);
        StringBuilder sql = new StringBuilder(SELECT).append("""
                 join reporting_period p on p.id = r.period_id
                where p.state = 'OPEN' and r.state in ('SUBMITTED', 'UNIT_APPROVED')""");
        List<Object> params = new ArrayList<>();
        filter(sql, params, "r.plan_id", planId);
        filter(sql, params, "r.period_id", periodId);
        filter(sql, params, "r.unit_id", unitId);
        sql.append(" order by r.submitted_at, r.id");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(ReportOverview::map)
                .list();
    }

    private static void filter(StringBuilder sql, List<Object> params, String column, Long value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static ReportStatus map(ResultSet rs, int n) throws SQLException {
        return new ReportStatus(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getLong("period_id"),
                rs.getLong("task_id"),
                rs.getLong("unit_id"),
                ReportState.valueOf(rs.getString("state")),
                rs.getInt("row_version"),
                rs.getInt("submission"),
                instant(rs.getTimestamp("first_submitted")),
                instant(rs.getTimestamp("submitted_at")),
                rs.getString("return_reason"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

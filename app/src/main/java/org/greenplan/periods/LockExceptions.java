package org.greenplan.periods;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.plan.PlanCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and revokes lock exceptions in closed periods ({@code period_lock_exception}); office-only,
 * with a reason, audited. {@link ReportingPeriods#requireWritable} honours the active ones.
 */
@Service
@Transactional(readOnly = true)
public class LockExceptions {
    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final PlanCatalog plans;
    private final AuditTrail auditTrail;
    private final CurrentActor currentActor;
    private final Clock clock;

    LockExceptions(
            JdbcClient jdbc,
            ReportingPeriods periods,
            PlanCatalog plans,
            AuditTrail auditTrail,
            CurrentActor currentActor,
            Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.plans = plans;
        this.auditTrail = auditTrail;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** @return the period's exceptions, newest first, revoked ones included */
    public List<LockException> ofPeriod(long periodId) {
        return jdbc.sql("""
                select e.id, e.period_id, e.unit_id, u.name, e.task_id, t.number, e.reason, e.granted_by, e.granted_at,
                       e.revoked_at, e.revoked_by, e.revoke_reason
                from period_lock_exception e join responsible_unit u on u.id = e.unit_id
                left join task t on t.id = e.task_id where e.period_id = ? order by e.granted_at desc, e.id desc""")
                .param(periodId)
                .query((rs, i) -> new LockException(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        (Long) rs.getObject(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(),
                        rs.getString(11),
                        rs.getString(12)))
                .list();
    }

    /**
     * Reopens one unit's report (one task, or all its tasks when {@code taskId} is null) in a closed period.
     *
     * @return the new exception's id
     * @throws PeriodRefusal when the period is not closed, the unit has no task (or not that task) in the
     *                       plan, or the reason is blank
     */
    @Transactional
    public long grant(long periodId, long unitId, Long taskId, String reason) {
        Actor actor = Office.require(currentActor);
        ReportingPeriod period = periods.find(periodId)
                .orElseThrow(() -> new PeriodRefusal("periods.refused.noPeriod", String.valueOf(periodId)));
        if (!period.closed()) {
            throw new PeriodRefusal("periods.refused.exceptionNotClosed", period.label());
        }
        String why = PeriodAggregate.requireReason(reason);
        boolean assigned =
                plans.tasks(period.planId(), unitId).stream().anyMatch(task -> taskId == null || task.id() == taskId);
        if (!assigned) {
            throw new PeriodRefusal("periods.refused.unitNotOnTask", String.valueOf(unitId));
        }
        long id = jdbc.sql("""
                insert into period_lock_exception (period_id, unit_id, task_id, reason, granted_by, granted_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(periodId, unitId, taskId, why, actor.displayName(), Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        auditTrail.record(
                new AuditSubject("LOCK_EXCEPTION", id, taskId, unitId), "LOCK_EXCEPTION_GRANTED", period.label(), why);
        return id;
    }

    /**
     * Revokes an active exception of the period with a reason.
     *
     * @throws PeriodRefusal when there is no active exception with that id or the reason is blank
     */
    @Transactional
    public void revoke(long periodId, long exceptionId, String reason) {
        Actor actor = Office.require(currentActor);
        String why = PeriodAggregate.requireReason(reason);
        int rows = jdbc.sql("""
                update period_lock_exception set revoked_at = ?, revoked_by = ?, revoke_reason = ?
                where id = ? and period_id = ? and revoked_at is null""")
                .params(Timestamp.from(clock.instant()), actor.displayName(), why, exceptionId, periodId)
                .update();
        if (rows != 1) {
            throw new PeriodRefusal("periods.refused.noActiveException", String.valueOf(exceptionId));
        }
        var row = jdbc.sql("select unit_id, task_id from period_lock_exception where id = ?")
                .param(exceptionId)
                .query((rs, i) -> new Long[] {rs.getLong(1), (Long) rs.getObject(2)})
                .single();
        auditTrail.record(
                new AuditSubject("LOCK_EXCEPTION", exceptionId, row[1], row[0]), "LOCK_EXCEPTION_REVOKED", null, why);
    }
}

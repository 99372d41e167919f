package org.greenplan.periods;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.shared.SupervisionInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extension requests (延期申请, issue 9 §8): a unit files for (task, period) a later date with a reason;
 * the office grants it with a new date (the original kept) or refuses it with a reason. The effective
 * due date is {@link ReportingPeriods#dueDateFor}. Each write is one transaction, audited.
 */
@Service
@Transactional(readOnly = true)
public class ExtensionRequests {
    private static final String SELECT = """
            select r.id, r.period_id, p.label, r.unit_id, u.name, r.task_id, t.number, r.original_due_on,
                   r.requested_due_on, r.reason, r.state, r.filed_at, r.filed_by, r.granted_due_on, r.decided_at,
                   r.decided_by, r.decision_reason, r.version
            from extension_request r join reporting_period p on p.id = r.period_id
            join responsible_unit u on u.id = r.unit_id join task t on t.id = r.task_id""";

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final PlanCatalog plans;
    private final AuditTrail auditTrail;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExtensionRequests(
            JdbcClient jdbc,
            ReportingPeriods periods,
            PlanCatalog plans,
            AuditTrail auditTrail,
            CurrentActor currentActor,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.periods = periods;
        this.plans = plans;
        this.auditTrail = auditTrail;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** @return the plan's requests, pending first, then newest first */
    public List<ExtensionRequest> ofPlan(long planId) {
        return jdbc.sql(SELECT
                        + " where p.plan_id = ? order by (r.state = 'REQUESTED') desc, r.filed_at desc, r.id desc")
                .param(planId)
                .query(ExtensionRequests::map)
                .list();
    }

    /**
     * @return the unit's requests in the plan, newest first
     * @throws AccessDeniedException when the actor speaks neither for the unit nor as the office
     */
    public List<ExtensionRequest> ofUnit(long planId, long unitId) {
        Actor actor = currentActor.require();
        if (!actor.speaksFor(unitId) && !actor.isOffice()) {
            throw new AccessDeniedException(actor.username() + " may not read unit " + unitId);
        }
        return jdbc.sql(SELECT + " where p.plan_id = ? and r.unit_id = ? order by r.filed_at desc, r.id desc")
                .params(planId, unitId)
                .query(ExtensionRequests::map)
                .list();
    }

    /**
     * A unit files a request.
     *
     * @return the request's id
     * @throws AccessDeniedException when the actor does not speak for the unit
     * @throws PeriodRefusal        when the period is closed, the unit is not on the task, the date is not
     *                              after the current due date, the reason is blank, or one is already pending
     */
    @Transactional
    public long file(long periodId, long unitId, long taskId, LocalDate requestedDueOn, String reason) {
        Actor actor = Office.requireUnit(currentActor, unitId);
        ReportingPeriod period = periods.find(periodId)
                .orElseThrow(() -> new PeriodRefusal("periods.refused.noPeriod", String.valueOf(periodId)));
        if (period.closed()) {
            throw new PeriodLockedException(period);
        }
        AssignedUnit unit = assignment(period.planId(), taskId, unitId);
        LocalDate current = periods.dueDateFor(periodId, unitId, taskId, !"CO".equals(unit.role()));
        if (requestedDueOn == null || !requestedDueOn.isAfter(current)) {
            throw new PeriodRefusal("periods.ext.dateNotLater", String.valueOf(requestedDueOn), current.toString());
        }
        String why = PeriodAggregate.requireReason(reason);
        if (pendingExists(periodId, unitId, taskId)) {
            throw new PeriodRefusal("periods.ext.pending");
        }
        long id = jdbc.sql("""
                insert into extension_request (period_id, unit_id, task_id, original_due_on, requested_due_on, reason,
                                               filed_at, filed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        periodId,
                        unitId,
                        taskId,
                        current,
                        requestedDueOn,
                        why,
                        Timestamp.from(clock.instant()),
                        actor.displayName())
                .query(Long.class)
                .single();
        auditTrail.record(
                new AuditSubject("EXTENSION_REQUEST", id, taskId, unitId),
                "EXTENSION_REQUESTED",
                period.label() + ": " + current + " → " + requestedDueOn,
                why);
        return id;
    }

    /**
     * The office grants a request of the plan with a new date (by default the one asked for).
     *
     * @throws PeriodRefusal                      when it is not pending or the date is not after the original
     * @throws OptimisticLockingFailureException when it changed since {@code version} was read
     */
    @Transactional
    public void grant(long planId, long requestId, int version, LocalDate grantedDueOn, String reason) {
        Actor actor = Office.require(currentActor);
        ExtensionRequest request = pending(planId, requestId, version);
        LocalDate date = grantedDueOn == null ? request.requestedDueOn() : grantedDueOn;
        if (!date.isAfter(request.originalDueOn())) {
            throw new PeriodRefusal(
                    "periods.ext.dateNotLater",
                    date.toString(),
                    request.originalDueOn().toString());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        decide(request, ExtensionState.GRANTED, date, actor, why);
        auditTrail.record(
                new AuditSubject("EXTENSION_REQUEST", requestId, request.taskId(), request.unitId()),
                "EXTENSION_GRANTED",
                request.originalDueOn() + " → " + date,
                why);
        // a later due date turns a missing or late report of a past period on time
        events.publishEvent(SupervisionInputsChanged.ofPlan(planId));
    }

    /**
     * The office refuses a request with a reason.
     *
     * @throws PeriodRefusal                      when it is not pending or the reason is blank
     * @throws OptimisticLockingFailureException when it changed since {@code version} was read
     */
    @Transactional
    public void refuse(long planId, long requestId, int version, String reason) {
        Actor actor = Office.require(currentActor);
        String why = PeriodAggregate.requireReason(reason);
        ExtensionRequest request = pending(planId, requestId, version);
        decide(request, ExtensionState.REFUSED, null, actor, why);
        auditTrail.record(
                new AuditSubject("EXTENSION_REQUEST", requestId, request.taskId(), request.unitId()),
                "EXTENSION_REFUSED",
                null,
                why);
    }

    private AssignedUnit assignment(long planId, long taskId, long unitId) {
        return plans.task(planId, taskId).stream()
                .flatMap(task -> task.units().stream())
                .filter(u -> u.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> new PeriodRefusal("periods.refused.unitNotOnTask", String.valueOf(unitId)));
    }

    private boolean pendingExists(long periodId, long unitId, long taskId) {
        return jdbc.sql("""
                select exists (select 1 from extension_request where period_id = ? and unit_id = ? and task_id = ?
                               and state = 'REQUESTED')""")
                .params(periodId, unitId, taskId)
                .query(Boolean.class)
                .single();
    }

    private ExtensionRequest pending(long planId, long requestId, int version) {
        ExtensionRequest request = jdbc.sql(SELECT + " where r.id = ? and p.plan_id = ? for update of r")
                .params(requestId, planId)
                .query(ExtensionRequests::map)
                .optional()
                .orElseThrow(() -> new PeriodRefusal("periods.ext.none", String.valueOf(requestId)));
        if (request.version() != version) {
            throw new OptimisticLockingFailureException("extension request " + requestId + " changed");
        }
        if (!request.pending()) {
            throw new PeriodRefusal("periods.ext.decided", request.state().name());
        }
        return request;
    }

    private void decide(ExtensionRequest r, ExtensionState state, LocalDate date, Actor actor, String reason) {
        jdbc.sql("""
                update extension_request set state = ?, granted_due_on = ?, decided_at = ?, decided_by = ?,
                       decision_reason = ?, version = version + 1 where id = ? and version = ?""")
                .params(
                        state.name(),
                        date,
                        Timestamp.from(clock.instant()),
                        actor.displayName(),
                        reason,
                        r.id(),
                        r.version())
                .update();
    }

    private static ExtensionRequest map(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp(15);
        return new ExtensionRequest(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                ExtensionState.valueOf(rs.getString(11)),
                rs.getTimestamp(12).toInstant(),
                rs.getString(13),
                rs.getObject(14, LocalDate.class),
                decided == null ? null : decided.toInstant(),
                rs.getString(16),
                rs.getString(17),
                rs.getInt(18));
    }
}

package org.greenplan.periods;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 签收: each unit a published plan assigns tasks to acknowledges them once ({@code plan_acknowledgement}).
 * Who must acknowledge is computed from the plan's assignments, so a plan published before this module
 * existed needs nothing more. A unit acts only for itself ({@code Actor.speaksFor}); audited.
 */
@Service
@Transactional(readOnly = true)
public class Acknowledgements {
    private final JdbcClient jdbc;
    private final PlanCatalog plans;
    private final AuditTrail auditTrail;
    private final CurrentActor currentActor;
    private final Clock clock;

    Acknowledgements(
            JdbcClient jdbc, PlanCatalog plans, AuditTrail auditTrail, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.auditTrail = auditTrail;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** @return every unit the plan assigns tasks to, in order of first appearance, with its acknowledgement */
    public List<Acknowledgement> ofPlan(long planId) {
        Map<Long, Acknowledgement> stored = jdbc
                .sql("""
                select unit_id, task_count, acknowledged_at, acknowledged_by from plan_acknowledgement where plan_id = ?""")
                .param(planId)
                .query((rs, i) -> new Acknowledgement(
                        planId,
                        rs.getLong(1),
                        null,
                        rs.getInt(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .list()
                .stream()
                .collect(Collectors.toMap(Acknowledgement::unitId, Function.identity()));
        return plans.units(planId).stream()
                .map(unit -> {
                    Acknowledgement done = stored.get(unit.unitId());
                    return new Acknowledgement(
                            planId,
                            unit.unitId(),
                            unit.name(),
                            unit.tasks(),
                            done == null ? null : done.acknowledgedAt(),
                            done == null ? null : done.acknowledgedBy());
                })
                .toList();
    }

    /** @return the plans the unit has acknowledged (one statement; a unit's workspace asks on every change) */
    public java.util.Set<Long> acknowledgedPlanIds(long unitId) {
        return java.util.Set.copyOf(jdbc.sql("select plan_id from plan_acknowledgement where unit_id = ?")
                .param(unitId)
                .query(Long.class)
                .list());
    }

    /**
     * @return the tasks of the plan naming the unit, in document order
     * @throws AccessDeniedException when the actor does not speak for the unit
     */
    public List<TaskView> tasksOf(long planId, long unitId) {
        Office.requireUnit(currentActor, unitId);
        return plans.tasks(planId, unitId);
    }

    /** @return the unit's acknowledgement of the plan (with a null time when it has not acknowledged) */
    public Acknowledgement of(long planId, long unitId) {
        return ofPlan(planId).stream()
                .filter(a -> a.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> new PeriodRefusal("periods.ack.noTasks", String.valueOf(unitId)));
    }

    /**
     * The unit acknowledges its tasks of the plan. Acknowledging twice keeps the first time.
     *
     * @return true when stored now, false when it was acknowledged before
     * @throws AccessDeniedException when the actor does not speak for the unit
     * @throws PeriodRefusal        when the plan is not published or gives the unit no task
     */
    @Transactional
    public boolean acknowledge(long planId, long unitId) {
        Actor actor = Office.requireUnit(currentActor, unitId);
        PlanSummary plan = plans.plan(planId)
                .filter(PlanSummary::published)
                .orElseThrow(() -> new PeriodRefusal("periods.ack.notPublished", String.valueOf(planId)));
        int tasks = plans.tasks(plan.id(), unitId).size();
        if (tasks == 0) {
            throw new PeriodRefusal("periods.ack.noTasks", String.valueOf(unitId));
        }
        int rows = jdbc.sql("""
                insert into plan_acknowledgement (plan_id, unit_id, task_count, acknowledged_at, acknowledged_by,
                                                  actor_user_id)
                values (?, ?, ?, ?, ?, ?) on conflict (plan_id, unit_id) do nothing""")
                .params(planId, unitId, tasks, Timestamp.from(clock.instant()), actor.displayName(), actor.userId())
                .update();
        if (rows == 1) {
            auditTrail.record(new AuditSubject("PLAN", planId, null, unitId), "ACKNOWLEDGED", tasks + " tasks", null);
        }
        return rows == 1;
    }
}

package org.greenplan.progress;

import java.util.Set;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.planimport.PlanImporter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The published 宿州 plan with a June 2022 period inserted by the test, task 10 (秸秆综合利用率 ≥ 92 %, unit
 * 市农业农村局) and a task with several units (its lead and one co-unit).
 */
public record ReportFixture(
        PublishedStrawTarget straw,
        long periodId,
        long strawUnitId,
        long sharedTaskId,
        long leadUnitId,
        long coUnitId,
        long otherUnitId) {

    public static ReportFixture publish(PlanImporter importer, JdbcClient jdbc, String state) {
        PublishedStrawTarget straw = PublishedStrawTarget.publish(importer, jdbc);
        long periodId = jdbc.sql("""
                        insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on,
                            grace_until, state, closed_at, closed_by, close_reason)
                        values (?, '2022-06', date '2022-06-01', date '2022-06-30', date '2022-06-24', date '2022-06-22',
                            date '2022-06-27', ?, case when ? = 'CLOSED' then now() end,
                            case when ? = 'CLOSED' then '市绿色办' end, case when ? = 'CLOSED' then '6月调度已结束' end)
                        returning id""")
                .params(straw.planId(), state, state, state, state)
                .query(Long.class)
                .single();
        long strawUnit = jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(straw.taskId())
                .query(Long.class)
                .single();
        long shared = jdbc.sql("""
                        select a.task_id from assignment a join task t on t.id = a.task_id where t.plan_id = ?
                        group by a.task_id, t.position having count(distinct a.unit_id) >= 2 order by t.position limit 1""").param(straw.planId()).query(Long.class).single();
        long lead = jdbc.sql("""
                        select unit_id from assignment where task_id = ? order by (role = 'LEAD') desc, position limit 1""").param(shared).query(Long.class).single();
        long co = jdbc.sql(
                        "select unit_id from assignment where task_id = ? and unit_id <> ? order by position limit 1")
                .params(shared, lead)
                .query(Long.class)
                .single();
        long other =
                jdbc.sql("""
                        select id from responsible_unit where id not in (select unit_id from assignment where task_id in (?, ?))
                        order by id limit 1""").params(straw.taskId(), shared).query(Long.class).single();
        return new ReportFixture(straw, periodId, strawUnit, shared, lead, co, other);
    }

    public ReportKey strawKey() {
        return new ReportKey(straw.taskId(), strawUnitId, periodId);
    }

    static Actor reporter(long unitId) {
        return new Actor(100 + unitId, "reporter" + unitId, "填报员" + unitId, unitId, Set.of(Role.UNIT_REPORTER), false);
    }

    static Actor unitLeader(long unitId) {
        return new Actor(1000 + unitId, "leader" + unitId, "负责人" + unitId, unitId, Set.of(Role.UNIT_LEADER), false);
    }

    static Actor office() {
        return new Actor(1, "office", "市绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
    }

    static Actor leader() {
        return new Actor(2, "leader", "领导", null, Set.of(Role.LEADER), false);
    }

    /** Signs the actor in for the audit trail (which reads the current actor) and returns it. */
    static Actor signIn(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return actor;
    }
}

package org.greenplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The 宿州 plan with three months of reports, the shared scenario of the supervision, dashboard,
 * briefing and assessment tests: periods 2022-04, 2022-05 (both closed afterwards) and 2022-06 (open).
 * Each task's first unit reports, except one unit that never reports. In order of the tasks (index
 * {@code i} from 0):
 * <ul>
 *   <li>April: every report on time and approved.</li>
 *   <li>May: reports of tasks with {@code i % 3 == 0} are late (three days after the due date); all approved.</li>
 *   <li>June: tasks with {@code i % 5 == 0} are not reported; tasks with {@code i % 4 == 1} are submitted
 *       but left unapproved; tasks with {@code i % 7 == 0} report 100 % complete; the rest report
 *       {@code 30 × month} % (capped at 90).</li>
 *   <li>Task 10 (秸秆综合利用率 ≥ 92 %, no baseline) reports 83, 84 and 86 %: behind the pace from its first
 *       value (83 at 30 April to 92 at 31 December expects 84.14 on 31 May and 85.24 on 30 June, while
 *       May's 84 counts, June's being unapproved).</li>
 * </ul>
 * Submission times are moved to one day before the due date (on time) or three days after it (late) so
 * that timeliness does not depend on today's date.
 *
 * @param straw        the plan, task 10 and its target
 * @param periodIds    the periods April, May, June in order
 * @param silentUnitId the unit that never reports
 * @param taskIds      the plan's tasks in printed order
 */
public record SupervisionScenario(
        PublishedStrawTarget straw, List<Long> periodIds, long silentUnitId, List<Long> taskIds) {

    /** Cleans the database and builds the scenario. */
    public static SupervisionScenario build(PlanImporter importer, JdbcClient jdbc, ProgressReports reports) {
        PublishedStrawTarget straw = PublishedStrawTarget.publish(importer, jdbc);
        List<Long> periods = List.of(
                period(jdbc, straw.planId(), "2022-04", 4),
                period(jdbc, straw.planId(), "2022-05", 5),
                period(jdbc, straw.planId(), "2022-06", 6));
        List<Long> tasks = jdbc.sql("select id from task where plan_id = ? order by position")
                .param(straw.planId())
                .query(Long.class)
                .list();
        long strawUnit = firstUnit(jdbc, straw.taskId());
        long silent = jdbc.sql("""
                        select a.unit_id from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.position = (select min(position) from assignment where task_id = t.id)
                          and a.unit_id <> ?
                        group by a.unit_id order by count(*), a.unit_id limit 1""")
                .params(straw.planId(), strawUnit)
                .query(Long.class)
                .single();
        SupervisionScenario scenario = new SupervisionScenario(straw, periods, silent, tasks);
        for (int i = 0; i < tasks.size(); i++) {
            long unit = firstUnit(jdbc, tasks.get(i));
            if (unit != silent) {
                scenario.reportTask(jdbc, reports, i, unit);
            }
        }
        jdbc.sql("update reporting_period set state = 'CLOSED', closed_at = now(), closed_by = '市绿色办',"
                        + " close_reason = '本期调度已结束' where id in (?, ?)")
                .params(periods.get(0), periods.get(1))
                .update();
        return scenario;
    }

    private void reportTask(JdbcClient jdbc, ProgressReports reports, int i, long unit) {
        long task = taskIds.get(i);
        for (int month = 0; month < 3; month++) {
            boolean june = month == 2;
            if (june && i % 5 == 0) {
                continue;
            }
            int completion = june && i % 7 == 0 ? 100 : Math.min(90, 30 * (month + 1));
            Map<Long, String> values = task == straw.taskId()
                    ? Map.of(straw.targetId(), List.of("83", "84", "86").get(month))
                    : Map.of();
            ReportInput input = new ReportInput(
                    (4 + month) + "月：按计划推进，完成阶段工作。",
                    "个别环节进度偏慢。",
                    "下月继续推进。",
                    String.valueOf(completion),
                    values,
                    Set.of());
            ReportKey key = new ReportKey(task, unit, periodIds.get(month));
            ProgressReport submitted = reports.submit(signIn(reporter(unit)), key, input, 0);
            boolean late = month == 1 && i % 3 == 0;
            backdate(jdbc, submitted.id(), periodIds.get(month), late);
            if (!(june && i % 4 == 1)) {
                ProgressReport fresh =
                        reports.show(signIn(office()), submitted.id()).report();
                reports.approve(office(), fresh.id(), fresh.rowVersion());
            }
        }
    }

    /** @return the unit's reporter (UNIT_REPORTER of that unit) */
    public static Actor reporter(long unitId) {
        return new Actor(100 + unitId, "reporter" + unitId, "填报员" + unitId, unitId, Set.of(Role.UNIT_REPORTER), false);
    }

    /** @return an office admin */
    public static Actor office() {
        return new Actor(1, "office", "市绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
    }

    /** @return the June period's last day, the date the scenario's statuses are read on */
    public static LocalDate june30() {
        return LocalDate.of(2022, 6, 30);
    }

    private static long period(JdbcClient jdbc, long planId, String label, int month) {
        LocalDate start = LocalDate.of(2022, month, 1);
        LocalDate due = start.withDayOfMonth(24);
        return jdbc.sql("""
                        insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on,
                            grace_until, state)
                        values (?, ?, ?, ?, ?, ?, ?, 'OPEN') returning id""")
                .params(planId, label, start, start.withDayOfMonth(start.lengthOfMonth()), due, due.minusDays(2), due)
                .query(Long.class)
                .single();
    }

    private static long firstUnit(JdbcClient jdbc, long taskId) {
        return jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(taskId)
                .query(Long.class)
                .single();
    }

    private static void backdate(JdbcClient jdbc, long reportId, long periodId, boolean late) {
        String at = late ? "(p.due_on + 3) + time '10:00'" : "(p.due_on - 1) + time '10:00'";
        String shanghai = "(" + at + ") at time zone 'Asia/Shanghai'";
        jdbc.sql("update progress_report r set submitted_at = " + shanghai + " from reporting_period p"
                        + " where r.id = ? and p.id = ?")
                .params(reportId, periodId)
                .update();
        jdbc.sql("update progress_report_version v set submitted_at = " + shanghai + " from reporting_period p"
                        + " where v.report_id = ? and p.id = ?")
                .params(reportId, periodId)
                .update();
    }

    private static Actor signIn(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return actor;
    }

    /** @return the task ids with index satisfying the filter, for expectations */
    public List<Long> tasksWhere(java.util.function.IntPredicate index) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < taskIds.size(); i++) {
            if (index.test(i)) {
                ids.add(taskIds.get(i));
            }
        }
        return ids;
    }
}

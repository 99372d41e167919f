package org.greenplan.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One plan's things as URLs name them, for the region fence tests: a period, a task, its target and
 * section, a responsible unit, a submitted report with an attachment, a 补报 permission, an extension
 * request, a close-out request with evidence, a 催办单, an assessment round, a briefing and a briefing
 * schedule. Rows other modules would write through their own services are inserted directly, since
 * only their ids matter here.
 */
final class RegionFenceFixture {
    private RegionFenceFixture() {}

    /** @return the ids by path variable name ({@code planId}, {@code reportId} …) */
    static Map<String, Long> things(JdbcClient jdbc, ProgressReports reports, long planId, long periodId, int serial) {
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("planId", planId);
        ids.put("periodId", periodId);
        var submitted = jdbc.sql("""
                        select id, task_id, unit_id from progress_report
                        where plan_id = ? and period_id = ? and state = 'SUBMITTED' order by id limit 1""")
                .params(planId, periodId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .optional();
        long taskId = submitted
                .map(r -> r[1])
                .orElseGet(() -> one(jdbc, "select min(id) from task where plan_id = ?", planId));
        long unitId = submitted
                .map(r -> r[2])
                .orElseGet(() -> one(
                        jdbc, "select unit_id from assignment where task_id = ? order by position limit 1", taskId));
        ids.put("taskId", taskId);
        ids.put("unitId", unitId);
        ids.put("reportId", submitted.map(r -> r[0]).orElseGet(() -> report(reports, taskId, unitId, periodId)));
        ids.put(
                "targetId",
                one(
                        jdbc,
                        "select min(g.id) from target g join task t on t.id = g.task_id where t.plan_id = ?",
                        planId));
        ids.put("sectionId", one(jdbc, "select min(id) from plan_node where plan_id = ?", planId));
        ids.put("attachmentId", insert(jdbc, """
                insert into progress_attachment (report_id, file_name, media_type, size_bytes, sha256, storage,
                    uploaded_by_id, uploaded_by)
                values (?, '进展照片.pdf', 'application/pdf', 8, repeat('a', 64), 'DATABASE', 1, '填报员') returning id""", ids.get("reportId")));
        jdbc.sql("insert into progress_attachment_content (attachment_id, content) values (?, ?)")
                .params(ids.get("attachmentId"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                .update();
        ids.put("exceptionId", insert(jdbc, """
                insert into period_lock_exception (period_id, unit_id, task_id, reason, granted_by)
                values (?, ?, ?, '系统故障补报', '市绿色办') returning id""", periodId, unitId, taskId));
        LocalDate due = one(jdbc, LocalDate.class, "select due_on from reporting_period where id = ?", periodId);
        ids.put("extensionId", insert(jdbc, """
                insert into extension_request (period_id, unit_id, task_id, original_due_on, requested_due_on, reason,
                    filed_at, filed_by)
                values (?, ?, ?, ?, ?, '数据待统计局核定', now(), '填报员') returning id""", periodId, unitId, taskId, due, due.plusDays(5)));
        ids.put("requestId", insert(jdbc, """
                insert into closeout_request (plan_id, task_id, unit_id, kind, statement, filed_at, filed_by_user_id,
                    filed_by)
                values (?, ?, ?, 'CLOSEOUT', '已全面完成', now(), 1, '填报员') returning id""", planId, taskId, unitId));
        ids.put("evidenceId", insert(jdbc, """
                insert into closeout_evidence (request_id, file_name, media_type, size_bytes, sha256, uploaded_at,
                    uploaded_by, content)
                values (?, '验收报告.pdf', 'application/pdf', 8, repeat('b', 64), now(), '填报员', ?) returning id""", ids.get("requestId"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        ids.put("urgingId", insert(jdbc, """
                insert into urging (year, number, plan_id, task_id, message, issued_by)
                values (2022, ?, ?, ?, '请于本周内报送进展', '市绿色办') returning id""", serial, planId, taskId));
        jdbc.sql("insert into urging_unit (urging_id, unit_id, position) values (?, ?, 0)")
                .params(ids.get("urgingId"), unitId)
                .update();
        ids.put("roundId", insert(jdbc, """
                insert into assessment_round (plan_id, label, up_to_period_id, scored_on, weight_attainment,
                    weight_timeliness, weight_completeness, late_deduction, missing_deduction, bonus_cap, opened_at,
                    opened_by)
                values (?, '2022年上半年考核', ?, date '2022-06-30', 50, 30, 20, 2, 5, 5, now(), '市绿色办')
                returning id""", planId, periodId));
        jdbc.sql("""
                        insert into assessment_entry (round_id, unit_id, tasks, green, yellow, red, stagnant, completed,
                            cancelled, targets_met, targets_judged, reports_expected, reports_on_time, reports_late,
                            reports_missing, approved_tasks, attainment, timeliness, completeness, late_deduction,
                            missing_deduction, computed)
                        values (?, ?, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 60, 100, 100, 0, 0, 80)""").params(ids.get("roundId"), unitId).update();
        ids.put(
                "briefingId",
                insert(
                        jdbc,
                        """
                insert into briefing (plan_id, period_id, serial, status_on, next_steps, trigger_kind, generated_by,
                    tasks_total, tasks_completed, tasks_red, tasks_stagnant, reports_missing, template_name, docx, pdf)
                values (?, ?, 1, date '2022-06-30', '继续推进', 'MANUAL', '市绿色办', 1, 0, 0, 0, 0, '默认模板',
                    ?, ?) returning id""",
                        planId,
                        periodId,
                        "PK".getBytes(StandardCharsets.US_ASCII),
                        "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        ids.put("scheduleId", insert(jdbc, """
                insert into briefing_schedule (plan_id, period_id, generate_on, next_steps, scheduled_by_id, scheduled_by)
                values (?, ?, date '2022-07-05', '继续推进', 1, '市绿色办') returning id""", planId, periodId));
        return ids;
    }

    /** A unit reporter of the unit submits a report on the task for the period, left for the office to review. */
    private static long report(ProgressReports reports, long taskId, long unitId, long periodId) {
        Actor reporter =
                new Actor(100 + unitId, "reporter" + unitId, "填报员" + unitId, unitId, Set.of(Role.UNIT_REPORTER), false);
        GreenPlanUser user = GreenPlanUser.of(reporter);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            ReportInput input = new ReportInput("完成年度任务的六成。", "无", "继续推进。", "60", Map.of(), Set.of());
            ProgressReport report = reports.submit(reporter, new ReportKey(taskId, unitId, periodId), input, 0);
            return report.id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static long one(JdbcClient jdbc, String sql, Object... params) {
        return one(jdbc, Long.class, sql, params);
    }

    static <T> T one(JdbcClient jdbc, Class<T> type, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(type).single();
    }

    private static long insert(JdbcClient jdbc, String sql, Object... params) {
        return one(jdbc, sql, params);
    }
}

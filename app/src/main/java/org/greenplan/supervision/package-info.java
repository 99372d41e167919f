/**
 * Supervision (督办): each task's status (绿 on track, 黄 at risk, 红 lagging or overdue, 停滞, 已完成,
 * 已取消) on a date, derived from target evaluation, approved progress reports, report timeliness and
 * the task's deadline, never typed by hand.
 * <p>API: {@link org.greenplan.supervision.Supervision} answers for a plan ({@link
 * org.greenplan.supervision.PlanSupervision}) or one task ({@link org.greenplan.supervision.SupervisedTask}),
 * each status with the rule that produced it ({@link org.greenplan.supervision.StatusReason}). The
 * dashboard, the ledger, the briefing, the assessment and the public page all read their counts from
 * here, so one set of numbers is shown everywhere. Only approved values feed a status.
 * <p>The status is computed when asked, from the current data, so it is never stale: an approval, a
 * closed period or a day passing changes the next answer without any stored copy to invalidate.
 * <p>Per-plan settings ({@link org.greenplan.supervision.SupervisionSettings}): the stagnation threshold in
 * working days, whether a late report makes a task yellow, whether co-units' reports count, and whether a
 * red task asks its units for an explanation (implemented for {@code progress::ExplanationPolicy}).
 * <p>Tables (only this module writes them): {@code supervision_settings}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision",
        allowedDependencies = {"shared", "plan", "plan :: view", "targets", "progress", "periods", "accounts", "audit"})
package org.greenplan.supervision;

/**
 * The leaders' dashboard (领导驾驶舱) and the public page of a plan (信息公开).
 *
 * <p>API: {@link org.greenplan.dashboard.Dashboard} (the dashboard's counts, breakdowns, rankings, trends
 * and indicator cards for a {@link org.greenplan.dashboard.DashboardFilter}, and the tasks behind each
 * count for a {@link org.greenplan.dashboard.TaskSelection}); {@link org.greenplan.dashboard.PublicPlans}
 * (whether a plan is public, the office's switch, and the read-only public view). Every status count is
 * taken from {@code supervision::Supervision} and every list a count opens is selected from the same
 * {@code PlanSupervision} by the same {@link org.greenplan.dashboard.TaskSelection}, so a count always
 * equals the length of its list; report timeliness per period comes from {@code progress::SubmissionMatrix}.
 *
 * <p>Tables (only this module writes them): {@code public_plan}; the read model of closed periods'
 * results {@code period_result}, {@code period_result_generation} and {@code period_result_epoch}
 * ({@code ClosedPeriodResults}); the plan's current generation (a column of the generation table), under
 * which each node keeps the dashboard's answers in memory ({@code CurrentResults}).
 * Switching a plan public is recorded in the {@code audit::AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Dashboard",
        allowedDependencies = {
            "shared",
            "supervision",
            "plan",
            "plan :: view",
            "progress",
            "targets",
            "periods",
            "organisation",
            "accounts",
            "audit"
        })
package org.greenplan.dashboard;

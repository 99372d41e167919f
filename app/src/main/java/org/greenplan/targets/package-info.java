/**
 * Target evaluation (目标评价): the values reported against a task's targets, their aggregation over
 * the plan year, the expected pace (应达进度), attainment (达标) and a traffic-light status (红黄绿灯).
 *
 * <p>API: {@link org.greenplan.targets.TargetTracking} evaluates a task's targets and records values
 * and settings; {@link org.greenplan.targets.TrackedTarget} is what it returns;
 * {@link org.greenplan.targets.ReportedValueParser} reads a value as typed (九十二, 约92%). Values are
 * entered on the task page (source ENTERED, kept as the history from before progress reports) and come
 * from approved progress reports ({@link org.greenplan.targets.ApprovedReportValues}, source
 * PROGRESS_REPORT); reports read typed values with the same rules ({@link org.greenplan.targets.ReportValueRules},
 * this module's implementation of {@code progress::TargetValueReader}).
 *
 * <p>The rules are pure Java in {@code internal} ({@code TargetEvaluator}), next to the JDBC store.
 * This module reads plans through {@link org.greenplan.plan.PlanCatalog} and uses the parser library's
 * target vocabulary; the plan module does not depend on it.
 *
 * <p>Every value entered, corrected or withdrawn and every settings change is recorded through
 * {@code audit::AuditTrail} (entity {@code TARGET}, with its task).
 *
 * <p>Tables (only this module writes them): {@code target_setting}, {@code target_milestone},
 * {@code reported_value} (its corrections and withdrawals carry their reasons: the value history).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Target",
        allowedDependencies = {"shared", "plan", "plan :: view", "audit", "progress", "periods"})
package org.greenplan.targets;

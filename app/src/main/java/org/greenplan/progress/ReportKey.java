package org.greenplan.progress;

/**
 * Names a progress report: there is at most one per task, unit and period.
 *
 * @param taskId   the {@code task} id
 * @param unitId   the {@code responsible_unit} id of the reporting unit
 * @param periodId the {@code reporting_period} id
 */
public record ReportKey(long taskId, long unitId, long periodId) {}

package org.greenplan.progress;

/**
 * The office returned a progress report to its unit for revision (退回).
 *
 * @param reportId   the report
 * @param planId     the plan
 * @param key        task, unit and period
 * @param submission the submission returned
 * @param by         who returned it, and when
 * @param reason     the office's reason, never blank
 */
public record ProgressReportReturned(
        long reportId, long planId, ReportKey key, int submission, Stamp by, String reason) {}

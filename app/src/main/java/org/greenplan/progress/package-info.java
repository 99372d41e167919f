/**
 * Progress reports (进展报送): one report per task, responsible unit and reporting period, written by
 * the unit, approved by its leader where the plan asks for it, and approved or returned by the office.
 *
 * <p>API: {@link org.greenplan.progress.ProgressReports} (read, save a draft, submit, approve, return),
 * {@link org.greenplan.progress.ReportAttachments} (evidence files) with
 * {@link org.greenplan.progress.EvidenceFiles} (the upload checks, also used by other modules' evidence), the aggregate
 * {@link org.greenplan.progress.ProgressReport} with its guarded transitions, and the events
 * {@link org.greenplan.progress.ProgressReportSubmitted}, {@link org.greenplan.progress.ProgressReportReturned}
 * and {@link org.greenplan.progress.ProgressReportApproved}. Extension points other modules implement:
 * {@link org.greenplan.progress.TargetValueReader} (the targets module reads typed values) and
 * {@link org.greenplan.progress.UnitApprovalPolicy} (whether a plan asks for the unit leader's
 * approval; off unless a module says otherwise), {@link org.greenplan.progress.AttachmentStorage},
 * {@link org.greenplan.progress.VirusScanner} and {@link org.greenplan.progress.WorkspacePanel} (a part of the unit's
 * {@code /my} page, such as the latest 批示).
 *
 * <p>Who may do what is checked here from the {@code accounts::Actor}, so pages and the API share one
 * check; every write checks {@code periods::ReportingPeriods#requireWritable} and records itself in the
 * {@code audit::AuditTrail} in the same transaction.
 *
 * <p>Tables (only this module writes them): {@code progress_report}, {@code progress_report_value},
 * {@code progress_report_version}, {@code progress_report_version_value}, {@code progress_attachment},
 * {@code progress_attachment_content}; the generations the units' kept workspace answers are valid under,
 * {@code unit_workspace_plan_generation} and {@code unit_workspace_unit_generation} ({@code UnitWorkspace}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Progress reports",
        allowedDependencies = {"shared", "accounts", "audit", "periods", "plan", "plan :: view"})
package org.greenplan.progress;

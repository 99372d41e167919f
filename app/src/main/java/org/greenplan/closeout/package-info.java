/**
 * Close-out (销号), cancellation and adjustment (调整) of published tasks. A responsible unit — the lead
 * unit where the task names one — asks the office to close a task out with a statement and evidence
 * files; the office verifies and closes it, or sends it back with a reason, and the unit may ask again. A
 * task is cancelled or adjusted (wording, deadline, a target's value) only by the office's approval of a
 * request that a unit or the office itself filed with a reason; an approved adjustment changes the task
 * through {@code plan::PlanStore#amendTask}, which records old → new in the audit trail.
 *
 * <p>API: {@link org.greenplan.closeout.Closeouts} (file, approve, refuse, read), the aggregate
 * {@link org.greenplan.closeout.TaskRequests} with its guarded transitions, and
 * {@link org.greenplan.closeout.ChangeRequest}. It implements {@code supervision::TaskClosures}
 * ({@link org.greenplan.closeout.OfficeClosures}), so a closed-out task is 已完成 and a cancelled one
 * 已取消 everywhere statuses are shown. Evidence passes {@code progress::EvidenceFiles}, the check
 * progress-report attachments pass.
 *
 * <p>Tables (only this module writes them): {@code closeout_request}, {@code closeout_evidence}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Close-out",
        allowedDependencies = {"shared", "accounts", "audit", "plan", "plan :: view", "progress", "supervision"})
package org.greenplan.closeout;

package org.greenplan.progress;

/**
 * Whether a plan asks its units' leaders to approve a report before it reaches the office (单位审核, a
 * per-plan setting). The application's bean, {@code PlanSettingsUnitApproval}, reads the plan's reporting
 * settings ({@code periods::ReportingSettings#unitLeaderApproval}); without any bean no plan asks for it.
 */
public interface UnitApprovalPolicy {

    /** @return whether reports of the plan need the unit leader's approval before the office decides */
    boolean unitApprovalRequired(long planId);
}

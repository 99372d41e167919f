package org.greenplan.progress;

/**
 * Whether a plan asks its units' leaders to approve a report before it reaches the office (单位审核, a
 * per-plan setting). This module's default says no for every plan; the module that keeps plan settings
 * provides its own bean to replace it.
 */
public interface UnitApprovalPolicy {

    /** @return whether reports of the plan need the unit leader's approval before the office decides */
    boolean unitApprovalRequired(long planId);
}

package org.greenplan.plan;

/**
 * Published when the office confirms an imported plan.
 *
 * @param planId the plan
 */
public record PlanPublished(long planId) {}

package org.greenplan.progress;

import org.greenplan.periods.ReportingSettingsStore;
import org.springframework.stereotype.Component;

/**
 * The {@link UnitApprovalPolicy} the application runs with: the plan's reporting settings (调度设置, kept
 * by the periods module) say whether the unit leader approves (单位审核) before the office; a plan without
 * stored settings does not ask for it ({@code ReportingSettings#defaults}). Lives here, not in the periods
 * module, because periods may not depend on progress.
 */
@Component
class PlanSettingsUnitApproval implements UnitApprovalPolicy {
    private final ReportingSettingsStore settings;

    PlanSettingsUnitApproval(ReportingSettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public boolean unitApprovalRequired(long planId) {
        return settings.of(planId).unitLeaderApproval();
    }
}

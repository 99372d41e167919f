package org.greenplan.dashboard;

/**
 * What a leader chose to look at (筛选): a plan, and optionally a reporting period (statuses hold on the
 * period's last day), a responsible unit and a region.
 *
 * @param planId   the plan
 * @param periodId a period of the plan (statuses on its last day, or today while it runs), or null for the
 *                 plan's reading date ({@code Supervision.asOf}) with the latest period begun by today and opened
 * @param unitId   only tasks naming this unit (and only its reports), or null for all
 * @param regionId only tasks naming a unit of this region (and only those units' reports), or null for all
 */
public record DashboardFilter(long planId, Long periodId, Long unitId, Long regionId) {

    /** @return the filter with the period set */
    public DashboardFilter inPeriod(Long period) {
        return new DashboardFilter(planId, period, unitId, regionId);
    }
}

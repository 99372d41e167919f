package org.greenplan.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenplan.organisation.CurrentRegion;
import org.greenplan.organisation.OfficeRegions;
import org.greenplan.organisation.Region;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the dashboard's filter offers: published plans (of a region), their periods, the regions. */
@Service
@Transactional(readOnly = true)
public class DashboardChoices {
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final JdbcClient jdbc;
    private final ObjectProvider<CurrentRegion> currentRegion;
    private final OfficeRegions offices;

    DashboardChoices(
            PlanCatalog catalog,
            ReportingPeriods periods,
            JdbcClient jdbc,
            ObjectProvider<CurrentRegion> currentRegion,
            OfficeRegions offices) {
        this.catalog = catalog;
        this.periods = periods;
        this.jdbc = jdbc;
        this.currentRegion = currentRegion;
        this.offices = offices;
    }

    /** @return published plans, newest first; only the region's when one is given */
    public List<PlanSummary> plans(Long regionId) {
        List<Long> ofRegion = regionId == null
                ? null
                : jdbc.sql("select id from plan where region_id = ?")
                        .param(regionId)
                        .query(Long.class)
                        .list();
        return catalog.plans().stream()
                .filter(PlanSummary::published)
                .filter(p -> ofRegion == null || ofRegion.contains(p.id()))
                .toList();
    }

    /**
     * @return the regions the signed-in reader may choose (city first, then counties and districts): every region
     *     for the city office and leaders; a county or district office only its own region and those below it
     *     ({@link OfficeRegions#visibleRegions}), since any other region's plans are closed to it
     */
    public List<Region> regions() {
        Optional<Set<Long>> visible = visibleRegionIds();
        return jdbc
                .sql("select id, name from region order by parent_id nulls first, name")
                .query((rs, i) -> new Region(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .filter(r -> visible.map(ids -> ids.contains(r.id())).orElse(true))
                .toList();
    }

    private Optional<Set<Long>> visibleRegionIds() {
        CurrentRegion current = currentRegion.getIfAvailable();
        return offices.visibleRegions(current == null ? Optional.empty() : current.scopedRegionId());
    }

    /** @return the region's name, or null when there is none */
    public String regionName(long regionId) {
        return regions().stream()
                .filter(r -> r.id() == regionId)
                .map(Region::name)
                .findFirst()
                .orElse(null);
    }

    /** @return the plan's periods in order */
    public List<ReportingPeriod> periods(long planId) {
        return periods.ofPlan(planId).stream()
                .sorted(java.util.Comparator.comparing(ReportingPeriod::startsOn))
                .toList();
    }
}

package org.greenplan.planimport;

import java.util.List;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a unit an import created (市发改, a typo, an old name) into the directory unit it really is:
 * the tasks that named it now name that unit, and its name becomes an alias so later imports resolve
 * it directly. One transaction. A merge never moves the tasks of a plan the reader may not see: a county or
 * district office merges a unit only while every plan naming it is of its region ({@link PlanCatalog#visibleOnly}).
 */
@Service
public class UnitMerge {
    private final UnitDirectory directory;
    private final PlanStore plans;
    private final PlanCatalog catalog;

    UnitMerge(UnitDirectory directory, PlanStore plans, PlanCatalog catalog) {
        this.directory = directory;
        this.plans = plans;
        this.catalog = catalog;
    }

    /**
     * @throws java.util.NoSuchElementException when either unit does not exist
     * @throws IllegalArgumentException         when both are the same unit or lie in different regions, or a plan
     *                                          the reader may not see names the unit
     * @throws IllegalStateException            when {@code unitId} is confirmed (only units an import
     *                                          created and nobody confirmed are merged); nothing changes
     */
    @Transactional
    public void merge(long unitId, long intoUnitId) {
        directory.requireMergeable(unitId, intoUnitId);
        List<Long> naming = List.copyOf(catalog.planIdsNaming(unitId));
        if (catalog.visibleOnly(naming, planId -> planId).size() != naming.size()) {
            throw new IllegalArgumentException("unit " + unitId + " is named by another region's plan");
        }
        plans.reassignUnit(unitId, intoUnitId);
        directory.absorb(unitId, intoUnitId);
    }
}

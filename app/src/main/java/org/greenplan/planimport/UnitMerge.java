package org.greenplan.planimport;

import org.greenplan.organisation.UnitDirectory;
import org.greenplan.plan.PlanStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a unit an import created (市发改, a typo, an old name) into the directory unit it really is:
 * the tasks that named it now name that unit, and its name becomes an alias so later imports resolve
 * it directly. One transaction.
 */
@Service
public class UnitMerge {
    private final UnitDirectory directory;
    private final PlanStore plans;

    UnitMerge(UnitDirectory directory, PlanStore plans) {
        this.directory = directory;
        this.plans = plans;
    }

    /**
     * @throws java.util.NoSuchElementException when either unit does not exist
     * @throws IllegalArgumentException         when both are the same unit or lie in different regions
     * @throws IllegalStateException            when {@code unitId} is confirmed (only units an import
     *                                          created and nobody confirmed are merged); nothing changes
     */
    @Transactional
    public void merge(long unitId, long intoUnitId) {
        directory.requireMergeable(unitId, intoUnitId);
        plans.reassignUnit(unitId, intoUnitId);
        directory.absorb(unitId, intoUnitId);
    }
}

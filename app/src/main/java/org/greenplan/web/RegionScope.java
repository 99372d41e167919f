package org.greenplan.web;

import java.util.Optional;
import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditReaderScope;
import org.greenplan.organisation.CurrentRegion;
import org.greenplan.organisation.OfficeRegions;
import org.greenplan.organisation.RegionNode;
import org.greenplan.plan.PlanRegionScope;
import org.springframework.stereotype.Component;

/**
 * The signed-in office's region: an office admin whose account is scoped to a county or district
 * ({@link OfficeRegions}) works in that region (imports go there, the unit directory is its own) and lists
 * only the plans of that region and the regions below it. Everyone else (the city office, leaders, unit
 * users, the command line) is unrestricted here; unit users are held to their own unit by each module. It also
 * keeps such an office's reading of the audit trail to its region ({@link AuditReaderScope}).
 */
@Component
class RegionScope implements CurrentRegion, PlanRegionScope, AuditReaderScope {
    private final CurrentActor actor;
    private final OfficeRegions offices;

    RegionScope(CurrentActor actor, OfficeRegions offices) {
        this.actor = actor;
        this.offices = offices;
    }

    @Override
    public Optional<Long> scopedRegionId() {
        return actor.find()
                .filter(Actor::isOffice)
                .flatMap(a -> offices.scopeOf(a.userId()))
                .map(RegionNode::id);
    }

    @Override
    public Optional<Set<Long>> visibleRegionIds() {
        Optional<Long> scoped = scopedRegionId();
        // the unrestricted answer (every leader's request, the id fence asks on each) needs no call through the
        // transactional proxy, which cost about 3 % of a dashboard request
        return scoped.isEmpty() ? Optional.empty() : offices.visibleRegions(scoped);
    }
}

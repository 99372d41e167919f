package org.greenplan.plan;

import java.util.Optional;
import java.util.Set;

/**
 * Which regions' plans the current reader may list: a county or district office sees only its own
 * region's plans. Implemented outside this module (the web shell, from the signed-in account's region);
 * without an implementation every plan is listed.
 */
public interface PlanRegionScope {
    /** @return the region ids whose plans may be listed, or empty for no restriction (the city office) */
    Optional<Set<Long>> visibleRegionIds();
}

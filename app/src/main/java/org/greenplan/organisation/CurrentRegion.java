package org.greenplan.organisation;

import java.util.Optional;

/**
 * The region the current request's office works in, when its account is scoped to a county or district
 * ({@link OfficeRegions}). Implemented by the web shell, which knows who is signed in; without an
 * implementation, or outside a request, every office is the city office.
 */
public interface CurrentRegion {
    /** @return the county's or district's id for a scoped office admin; empty for everyone else */
    Optional<Long> scopedRegionId();
}

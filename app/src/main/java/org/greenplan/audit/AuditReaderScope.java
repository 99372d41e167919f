package org.greenplan.audit;

import java.util.Optional;
import java.util.Set;

/**
 * The regions whose audit rows the current reader may read: a county or district office reads only the rows of
 * its region's plans, tasks and units and of its own account ({@link AuditLog}). Implemented by the web shell,
 * which knows the signed-in account's region; without an implementation every row is read.
 */
public interface AuditReaderScope {
    /** @return the region ids of the reader's region and those below it, or empty for no restriction */
    Optional<Set<Long>> visibleRegionIds();
}

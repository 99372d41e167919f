package org.greenplan.audit;

import java.util.List;

/**
 * One page of audit rows, newest first.
 *
 * @param records the rows
 * @param page    this page's number from 0
 * @param hasNext whether older rows follow
 */
public record AuditPage(List<AuditRecord> records, int page, boolean hasNext) {
    public AuditPage {
        records = List.copyOf(records);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}

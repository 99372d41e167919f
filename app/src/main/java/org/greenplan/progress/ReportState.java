package org.greenplan.progress;

/**
 * Where a progress report stands (DESIGN.md, report workflow):
 * DRAFT → SUBMITTED → (UNIT_APPROVED) → APPROVED, or RETURNED with a reason → SUBMITTED again.
 */
public enum ReportState {
    /** Being written by the unit; nothing submitted yet. */
    DRAFT,
    /** Submitted by the unit; awaiting the unit leader (when the plan asks) or the office. */
    SUBMITTED,
    /** Approved by the unit's leader; awaiting the office. */
    UNIT_APPROVED,
    /** Approved by the office: final, its values count. */
    APPROVED,
    /** Returned by the office with a reason; the unit edits and resubmits. */
    RETURNED;

    /** @return whether the unit may change the text, values and attachments */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** @return whether the office has the report in its hands (SUBMITTED or UNIT_APPROVED) */
    public boolean awaitingDecision() {
        return this == SUBMITTED || this == UNIT_APPROVED;
    }
}

package org.greenplan.periods;

/** Where a reporting period stands: PLANNED (not yet open), OPEN (units report), CLOSED (locked). */
public enum PeriodState {
    PLANNED,
    OPEN,
    CLOSED
}

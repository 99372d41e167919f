package org.greenplan.periods;

/** How a plan's year is cut into reporting periods: by month, by quarter, or as the office enters them. */
public enum Periodicity {
    MONTHLY,
    QUARTERLY,
    CUSTOM
}

package org.greenplan.periods;

/**
 * The kind of a listed calendar day, as in the {@code kind} column of {@code cn-holidays.csv}:
 * {@code holiday} (法定节假日, a day off) or {@code workday} (调休上班日, a make-up working day on a weekend).
 */
public enum DayKind {
    HOLIDAY,
    WORKDAY;

    /** @return the CSV spelling, lower case */
    public String csv() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.greenplan.periods;

/**
 * In which month the due day falls: {@code PERIOD_END_MONTH} — the period's last month (June's report, or
 * Q2's, due on 25 June); {@code FOLLOWING_MONTH} — the month after the period (June's report due on 5 July).
 */
public enum DueMonth {
    PERIOD_END_MONTH,
    FOLLOWING_MONTH
}

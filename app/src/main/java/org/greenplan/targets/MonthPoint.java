package org.greenplan.targets;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of a target's chart.
 *
 * @param month    the month
 * @param reported the aggregated value at the end of the month when the month has a report, else null
 *                 (a gap, never 0)
 * @param expected the expected value on the month's last day, or null when no pace can be computed
 */
public record MonthPoint(YearMonth month, BigDecimal reported, BigDecimal expected) {}

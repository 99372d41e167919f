package org.greenplan.periods.web;

import java.util.List;
import org.greenplan.periods.LockException;
import org.greenplan.periods.ReportingPeriod;

/**
 * A period as its row on the office page: the period, its version for the forms, its lock exceptions, and
 * whether its due dates were moved off a rest day.
 */
record PeriodRow(ReportingPeriod period, int version, List<LockException> exceptions) {}

package org.greenplan.reminders;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit still missing reports in an open period.
 *
 * @param unitId    the unit
 * @param unitName  its name
 * @param dueOn     the earliest effective due date among its missing reports (extensions counted)
 * @param taskLines one line per missing task: its number and text, shortened
 */
record UnitDue(long unitId, String unitName, LocalDate dueOn, List<String> taskLines) {}

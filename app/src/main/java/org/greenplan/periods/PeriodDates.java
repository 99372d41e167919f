package org.greenplan.periods;

import java.time.LocalDate;

/**
 * A period as the settings cut it, before it is stored.
 *
 * @param label       e.g. {@code 2022-06} or {@code 2022Q2}
 * @param startsOn    first day
 * @param endsOn      last day
 * @param nominalDue  the due day as the settings name it (may be a rest day)
 * @param dueOn       lead units' due date, a working day
 * @param coUnitDueOn co-units' due date, {@code coUnitLeadDays} working days before {@code dueOn}
 * @param graceUntil  last day still on time, {@code graceDays} working days after {@code dueOn}
 */
public record PeriodDates(
        String label,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate nominalDue,
        LocalDate dueOn,
        LocalDate coUnitDueOn,
        LocalDate graceUntil) {

    /** @return whether the due date was moved off a rest day */
    public boolean moved() {
        return !nominalDue.equals(dueOn);
    }
}

package org.greenplan.periods;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting period of a plan (e.g. {@code 2022-06}, {@code 2022Q2}).
 *
 * @param id          the {@code reporting_period} id
 * @param planId      the plan reported on
 * @param label       the period's name as shown, e.g. {@code 2022-06}
 * @param startsOn    first day covered (inclusive)
 * @param endsOn      last day covered (inclusive)
 * @param dueOn       the lead units' due date, a working day
 * @param coUnitDueOn the co-operating units' due date, a working day on or before {@code dueOn}
 * @param graceUntil  the last day a report still counts as on time, on or after {@code dueOn}
 * @param state       PLANNED, OPEN or CLOSED
 * @param closedAt    when it was closed, or null
 * @param closedBy    who closed it (display name), or null
 * @param closeReason why, or null
 */
public record ReportingPeriod(
        long id,
        long planId,
        String label,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate dueOn,
        LocalDate coUnitDueOn,
        LocalDate graceUntil,
        PeriodState state,
        Instant closedAt,
        String closedBy,
        String closeReason) {

    /** @return whether the period is locked */
    public boolean closed() {
        return state == PeriodState.CLOSED;
    }
}

package org.greenplan.periods;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A plan's reporting settings (调度设置).
 *
 * @param planId             the plan
 * @param periodicity        MONTHLY, QUARTERLY or CUSTOM (periods entered by the office)
 * @param dueDay             day of the month reports are due, 1–31 (a day past the month's end means
 *                           its last day)
 * @param dueMonth           the period's last month or the month after it
 * @param graceDays          working days after the due date that still count as on time, 0–60
 * @param coUnitLeadDays     co-operating units' reports are due this many working days before the lead
 *                           unit's, 0–20 (so that the lead unit can consolidate them)
 * @param shift              where a due day that is not a working day moves (顺延 by default)
 * @param unitLeaderApproval whether a unit leader approves a report before it goes to the office
 * @param version            optimistic-locking version of the stored settings
 */
public record ReportingSettings(
        long planId,
        Periodicity periodicity,
        int dueDay,
        DueMonth dueMonth,
        int graceDays,
        int coUnitLeadDays,
        DueShift shift,
        boolean unitLeaderApproval,
        int version) {

    /** @return the settings a plan has before the office saves its own: monthly, due on the 25th of the month */
    public static ReportingSettings defaults(long planId) {
        return new ReportingSettings(
                planId, Periodicity.MONTHLY, 25, DueMonth.PERIOD_END_MONTH, 0, 2, DueShift.NEXT, false, -1);
    }

    /** @return whether these settings were stored (the defaults are not) */
    public boolean stored() {
        return version >= 0;
    }

    /**
     * @throws PeriodRefusal naming the first value out of range
     */
    public void check() {
        if (dueDay < 1 || dueDay > 31) {
            throw new PeriodRefusal("periods.settings.invalid.dueDay", String.valueOf(dueDay));
        }
        if (graceDays < 0 || graceDays > 60) {
            throw new PeriodRefusal("periods.settings.invalid.graceDays", String.valueOf(graceDays));
        }
        if (coUnitLeadDays < 0 || coUnitLeadDays > 20) {
            throw new PeriodRefusal("periods.settings.invalid.coUnitLeadDays", String.valueOf(coUnitLeadDays));
        }
    }

    /** @return the nominal due day for a period ending on {@code endsOn}, before moving it to a working day */
    public LocalDate nominalDueDate(LocalDate endsOn) {
        YearMonth month = YearMonth.from(endsOn);
        if (dueMonth == DueMonth.FOLLOWING_MONTH) {
            month = month.plusMonths(1);
        }
        return month.atDay(Math.min(dueDay, month.lengthOfMonth()));
    }
}

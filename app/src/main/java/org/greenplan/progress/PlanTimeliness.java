package org.greenplan.progress;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.periods.HolidayCalendars;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.periods.UnknownCalendarYearException;
import org.greenplan.periods.WorkingDayCalendar;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read API of report timeliness for a whole plan (报送及时性), in a fixed number of queries whatever the
 * plan's size: the plan's periods, its granted extensions, its reports with their first and latest
 * approved submission, and the working-day calendar. Supervision and the dashboard read it instead of
 * asking {@link SubmissionMatrix} period by period.
 *
 * <p>One {@link Slot} per task × responsible unit × reporting period that is OPEN or CLOSED (a PLANNED
 * period cannot be reported in yet). Due dates are those of {@code periods::ReportingPeriods#dueDateFor}:
 * the lead unit's date (the first unit marked LEAD, else the first named), the co-units' date for the
 * others, or the latest granted extension. The last on-time day adds the period's grace window, in
 * working days, to the unit's own due date, as {@link SubmissionMatrix} does.
 *
 * <p>No {@code Actor} check: callers serve pages open to the office and leaders only.
 */
@Service
@Transactional(readOnly = true)
public class PlanTimeliness {
    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final HolidayCalendars calendars;
    private final Clock clock;

    PlanTimeliness(JdbcClient jdbc, ReportingPeriods periods, HolidayCalendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * One unit's report on one task in one period, with dates in the office's time zone.
     *
     * @param taskId             the task
     * @param unitId             the responsible unit
     * @param unitName           its canonical name
     * @param lead               whether it is the task's lead unit
     * @param periodId           the period
     * @param periodLabel        the period's label, e.g. {@code 2022-06}
     * @param periodStart        the period's first day
     * @param periodEnd          the period's last day
     * @param dueOn              the unit's effective due date (extension included)
     * @param extended           whether a granted extension set {@code dueOn}
     * @param onTimeUntil        the last day a submission counts as on time ({@code dueOn} plus grace)
     * @param closedOn           the day the period was closed, or null while it is open
     * @param firstSubmittedOn   the day of the first submission, or null when never submitted
     * @param approvedUpdateOn   the day the latest approved submission was made, or null when none approved
     */
    public record Slot(
            long taskId,
            long unitId,
            String unitName,
            boolean lead,
            long periodId,
            String periodLabel,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueOn,
            boolean extended,
            LocalDate onTimeUntil,
            LocalDate closedOn,
            LocalDate firstSubmittedOn,
            LocalDate approvedUpdateOn) {

        /** @return whether the unit had submitted by the end of {@code day} */
        public boolean submittedBy(LocalDate day) {
            return firstSubmittedOn != null && !firstSubmittedOn.isAfter(day);
        }

        /** @return whether the submission came after the last on-time day */
        public boolean late() {
            return firstSubmittedOn != null && firstSubmittedOn.isAfter(onTimeUntil);
        }

        /** @return whether, on {@code day}, the due date has passed or the period was closed */
        public boolean dueBy(LocalDate day) {
            return day.isAfter(dueOn) || (closedOn != null && !closedOn.isAfter(day));
        }
    }

    /**
     * @param planId the plan
     * @param tasks  its tasks (as {@code plan::PlanCatalog#tasks} gives them)
     * @return task id → its slots, by period then by the task's unit order; tasks without units or
     *         without reportable periods map to an empty list
     */
    public Map<Long, List<Slot>> ofPlan(long planId, List<TaskView> tasks) {
        List<ReportingPeriod> reportable = periods.ofPlan(planId).stream()
                .filter(p -> p.state() != PeriodState.PLANNED)
                .toList();
        Map<Long, Map<ReportingPeriods.UnitTask, LocalDate>> extensions = periods.grantedExtensionsOfPlan(planId);
        Map<SlotKey, Submissions> submitted = submissions(planId);
        WorkingDayCalendar calendar = calendars.current();
        // the last on-time day depends on the period and the due date only: a few per period, not one per slot
        Map<SlotKey, LocalDate> onTime = new HashMap<>();
        Map<Long, LocalDate> closedOn = new HashMap<>();
        reportable.forEach(p -> closedOn.put(p.id(), closedOn(p)));
        Map<Long, List<Slot>> byTask = new HashMap<>();
        for (TaskView task : tasks) {
            long lead = ReportAccess.leadUnit(task);
            List<Slot> slots = new ArrayList<>();
            for (ReportingPeriod period : reportable) {
                Map<ReportingPeriods.UnitTask, LocalDate> extended = extensions.getOrDefault(period.id(), Map.of());
                for (AssignedUnit unit : task.units()) {
                    boolean isLead = unit.unitId() == lead;
                    LocalDate extension = extended.get(new ReportingPeriods.UnitTask(unit.unitId(), task.id()));
                    LocalDate due = extension != null ? extension : isLead ? period.dueOn() : period.coUnitDueOn();
                    Submissions s = submitted.getOrDefault(
                            new SlotKey(period.id(), unit.unitId(), task.id()), Submissions.NONE);
                    slots.add(new Slot(
                            task.id(),
                            unit.unitId(),
                            unit.name(),
                            isLead,
                            period.id(),
                            period.label(),
                            period.startsOn(),
                            period.endsOn(),
                            due,
                            extension != null,
                            onTime.computeIfAbsent(
                                    new SlotKey(period.id(), due.toEpochDay(), 0),
                                    k -> onTimeUntil(calendar, period, due)),
                            closedOn.get(period.id()),
                            s.first(),
                            s.approved()));
                }
            }
            byTask.put(task.id(), List.copyOf(slots));
        }
        return byTask;
    }

    private LocalDate closedOn(ReportingPeriod period) {
        return period.closed() && period.closedAt() != null
                ? LocalDate.ofInstant(period.closedAt(), clock.getZone())
                : null;
    }

    private static LocalDate onTimeUntil(WorkingDayCalendar calendar, ReportingPeriod period, LocalDate due) {
        try {
            return calendar.workingDaysAfter(due, calendar.workingDaysBetween(period.dueOn(), period.graceUntil()));
        } catch (UnknownCalendarYearException e) {
            return due.plusDays(ChronoUnit.DAYS.between(period.dueOn(), period.graceUntil()));
        }
    }

    private Map<SlotKey, Submissions> submissions(long planId) {
        Map<SlotKey, Submissions> byKey = new HashMap<>();
        ZoneId zone = clock.getZone();
        jdbc.sql("""
                        select r.period_id, r.unit_id, r.task_id,
                               min(v.submitted_at) first_submitted,
                               max(v.submitted_at) filter (where v.outcome = 'APPROVED') approved_submitted
                        from progress_report r join progress_report_version v on v.report_id = r.id
                        where r.plan_id = ?
                        group by r.period_id, r.unit_id, r.task_id""").param(planId).query((ResultSet rs) -> {
            byKey.put(
                    new SlotKey(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                    new Submissions(day(rs.getTimestamp(4), zone), day(rs.getTimestamp(5), zone)));
        });
        return byKey;
    }

    private static LocalDate day(Timestamp at, ZoneId zone) {
        return at == null ? null : LocalDate.ofInstant(at.toInstant(), zone);
    }

    /** A report's key (period, unit, task); also (period, due day, 0) for the last on-time days. */
    private record SlotKey(long periodId, long unitId, long taskId) {}

    /** The days (office time zone) of a report's first and latest approved submission, null when none. */
    private record Submissions(LocalDate first, LocalDate approved) {
        static final Submissions NONE = new Submissions(null, null);
    }
}

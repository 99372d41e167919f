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
    /** Up to this many tasks, only their reports are read (an indexed read instead of the plan's reports). */
    static final int NARROWED_TASKS = 20;

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

        /** @return whether, on {@code day}, the due date has passed or the period was closed */
        public boolean dueBy(LocalDate day) {
            return day.isAfter(dueOn) || (closedOn != null && !closedOn.isAfter(day));
        }

        /**
         * @param day     the reading day
         * @param knownBy submissions made up to this day count
         * @return the report's timeliness by the submission matrix's rule ({@link SubmissionMatrix.Timeliness#of})
         */
        public SubmissionMatrix.Timeliness timeliness(LocalDate day, LocalDate knownBy) {
            return SubmissionMatrix.Timeliness.of(
                    submittedBy(knownBy) ? firstSubmittedOn : null, onTimeUntil, dueBy(day));
        }
    }

    /**
     * @param planId the plan
     * @param tasks  its tasks (as {@code plan::PlanCatalog#tasks} gives them)
     * @return task id → its slots, by period then by the task's unit order; tasks without units or
     *         without reportable periods map to an empty list
     */
    public Map<Long, List<Slot>> ofPlan(long planId, List<TaskView> tasks) {
        return ofPlan(planId, tasks, calendars.current());
    }

    /**
     * {@link #ofPlan(long, List)} with the working-day calendar the caller already holds (one reading of the
     * calendar per request). For a few tasks (at most {@value #NARROWED_TASKS}, e.g. the one task of a report
     * form) only their reports are read, not the whole plan's; the slots are the same.
     *
     * @param calendar the current working-day calendar ({@code periods::HolidayCalendars#current})
     */
    public Map<Long, List<Slot>> ofPlan(long planId, List<TaskView> tasks, WorkingDayCalendar calendar) {
        Long[] narrowed = tasks.size() <= NARROWED_TASKS ? ids(tasks) : null;
        return prepare(planId, calendar).slots(tasks, submissions(planId, narrowed));
    }

    /**
     * The same slots as {@link #ofPlan} for a plan read a chunk of tasks at a time (a large export): the plan's
     * periods, extensions and calendar are read once here, each chunk's submissions when it is asked for.
     *
     * @param planId the plan
     * @return the reader of the plan's chunks; valid within the caller's transaction
     */
    public Chunks inChunks(long planId) {
        return new Chunks(planId, prepare(planId, calendars.current()));
    }

    /** The slots of a plan's tasks, a chunk at a time ({@link #inChunks}). */
    public final class Chunks {
        private final long planId;
        private final Prepared prepared;

        private Chunks(long planId, Prepared prepared) {
            this.planId = planId;
            this.prepared = prepared;
        }

        /**
         * @param tasks some tasks of the plan
         * @return task id → its slots, as {@link #ofPlan} gives them, in one statement
         */
        public Map<Long, List<Slot>> of(List<TaskView> tasks) {
            if (tasks.isEmpty()) {
                return Map.of();
            }
            return prepared.slots(tasks, submissions(planId, ids(tasks)));
        }
    }

    private static Long[] ids(List<TaskView> tasks) {
        return tasks.stream().map(TaskView::id).toArray(Long[]::new);
    }

    private Prepared prepare(long planId, WorkingDayCalendar calendar) {
        List<ReportingPeriod> reportable = periods.ofPlan(planId).stream()
                .filter(p -> p.state() != PeriodState.PLANNED)
                .toList();
        Map<Long, LocalDate> closedOn = new HashMap<>();
        reportable.forEach(p -> closedOn.put(p.id(), closedOn(p)));
        return new Prepared(reportable, periods.grantedExtensionsOfPlan(planId), calendar, closedOn, new HashMap<>());
    }

    /**
     * What every task of a plan shares: its reportable periods, granted extensions, the calendar, the periods'
     * closing days and the last on-time days found so far (they depend on the period and the due date only: a
     * few per period, not one per slot).
     */
    private record Prepared(
            List<ReportingPeriod> reportable,
            Map<Long, Map<ReportingPeriods.UnitTask, LocalDate>> extensions,
            WorkingDayCalendar calendar,
            Map<Long, LocalDate> closedOn,
            Map<SlotKey, LocalDate> onTime) {

        Map<Long, List<Slot>> slots(List<TaskView> tasks, Map<SlotKey, Submissions> submitted) {
            Map<Long, List<Slot>> byTask = new HashMap<>();
            for (TaskView task : tasks) {
                byTask.put(task.id(), slots(task, submitted));
            }
            return byTask;
        }

        private List<Slot> slots(TaskView task, Map<SlotKey, Submissions> submitted) {
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
            return List.copyOf(slots);
        }
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

    /** @param taskIds the tasks whose reports are read, or null for every task of the plan */
    private Map<SlotKey, Submissions> submissions(long planId, Long[] taskIds) {
        Map<SlotKey, Submissions> byKey = new HashMap<>();
        ZoneId zone = clock.getZone();
        var statement = taskIds == null
                ? jdbc.sql(SUBMISSIONS + " where r.plan_id = ?" + BY_SLOT).param(planId)
                : jdbc.sql(SUBMISSIONS + " where r.plan_id = ? and r.task_id = any(?)" + BY_SLOT)
                        .params(planId, taskIds);
        statement.query((ResultSet rs) -> {
            byKey.put(
                    new SlotKey(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                    new Submissions(day(rs.getTimestamp(4), zone), day(rs.getTimestamp(5), zone)));
        });
        return byKey;
    }

    private static final String SUBMISSIONS = """
            select r.period_id, r.unit_id, r.task_id,
                   min(v.submitted_at) first_submitted,
                   max(v.submitted_at) filter (where v.outcome = 'APPROVED') approved_submitted
            from progress_report r join progress_report_version v on v.report_id = r.id""";
    private static final String BY_SLOT = " group by r.period_id, r.unit_id, r.task_id";

    private static LocalDate day(Timestamp at, ZoneId zone) {
        return at == null ? null : LocalDate.ofInstant(at.toInstant(), zone);
    }

    /** A report's key (period, unit, task); also (period, due day, 0) for the last on-time days. */
    private record SlotKey(long periodId, long unitId, long taskId) {
        // The record's own hash (31·(31·period + unit) + task) gives a plan's ~100,000 small ids a few
        // thousand values: the map's buckets turned into trees compared field by field. The ids mixed
        // by odd multipliers spread them.
        @Override
        public int hashCode() {
            long mixed = periodId * 0x9E3779B97F4A7C15L + unitId * 0xC2B2AE3D27D4EB4FL + taskId * 0x165667B19E3779F9L;
            return (int) (mixed ^ (mixed >>> 32));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SlotKey key
                    && key.periodId == periodId
                    && key.unitId == unitId
                    && key.taskId == taskId;
        }
    }

    /** The days (office time zone) of a report's first and latest approved submission, null when none. */
    private record Submissions(LocalDate first, LocalDate approved) {
        static final Submissions NONE = new Submissions(null, null);
    }
}

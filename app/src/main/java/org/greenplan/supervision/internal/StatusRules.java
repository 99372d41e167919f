package org.greenplan.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenplan.periods.UnknownCalendarYearException;
import org.greenplan.periods.WorkingDayCalendar;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.progress.PlanTimeliness.Slot;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.supervision.StatusReason;
import org.greenplan.supervision.SupervisionSettings;
import org.greenplan.supervision.TaskClosure;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TrackedTarget;

/**
 * The status rules, pure Java. Each rule that applies gives a {@link StatusReason}; the task's status
 * is that of the worst one ({@link #statusOf}); reasons are listed worst first, and within one status
 * in the order below.
 * <ol>
 *   <li>{@code CLOSED_OUT} / {@code CANCELLED}: the office closed out (销号) or cancelled the task → 已完成 /
 *       已取消; no other rule is looked at ({@link #closed}).</li>
 *   <li>{@code COMPLETED_REPORTED}: an approved report gives completion 100 %; {@code TARGETS_MET}: every
 *       target is met on approved values → 绿, shown as awaiting close-out, and no later rule is looked at.
 *       A task is 已完成 only after the office has verified it (销号, {@code CLOSED_OUT} above), as 督办
 *       practice asks: a unit's own figure of 100 % is a reason to request close-out, not the close-out.</li>
 *   <li>{@code DEADLINE_PASSED}: the task's deadline is before the date → 红.</li>
 *   <li>{@code TARGET_RED}: a target's light (see {@code targets::TargetStatus}) is red → 红, with the
 *       indicator, its value and the expected value.</li>
 *   <li>{@code REPORT_MISSING}: per responsible unit, in the latest period that is due for it on the date
 *       (its own due date — lead or co-unit date, or a granted extension — has passed, or the office closed
 *       the period), no report was submitted by the date → 红, naming unit, period and due date. Earlier
 *       periods stay in the submission matrix and the assessment, not in today's status.</li>
 *   <li>{@code NO_UPDATE}: no approved update (an approved submission, dated by the day it was submitted)
 *       for {@link SupervisionSettings#stagnationDays} working days, counted from the latest such day or,
 *       without one, from the start of the first reportable period → 停滞.</li>
 *   <li>{@code TARGET_YELLOW}: a target's light is yellow → 黄.</li>
 *   <li>{@code REPORT_LATE}: that latest due report was submitted after its last on-time day (due date
 *       plus the grace window) → 黄, when {@link SupervisionSettings#lateReportYellow}, naming the day it came
 *       and the working days it was late. A submission after the date but by {@link TaskFacts#knownBy} (the
 *       plan's current reading counts every submission so far) is late, not missing, so the status never
 *       says 未按期报送 beside an approved report of the same period.</li>
 *   <li>otherwise, when on or after the task's deadline (or the end of the year read) nothing was ever
 *       submitted and no target has a value, {@code NO_DATA} → 停滞: nothing shows the task done;</li>
 *   <li>otherwise {@code ON_TRACK} → 绿, stating what it rests on: the latest reports due and how many came on
 *       time, the targets with a value and those without one (none due and none valued says so, rather than
 *       claiming reports on time).</li>
 * </ol>
 * Only OPEN and CLOSED periods count (a PLANNED one cannot be reported in); co-units count unless
 * {@link SupervisionSettings#coUnitReports} is off.
 */
public final class StatusRules {

    /** Rule codes in the order reasons of one status are listed. */
    private static final List<String> ORDER = List.of(
            "CANCELLED",
            "CLOSED_OUT",
            "COMPLETED_REPORTED",
            "TARGETS_MET",
            "DEADLINE_PASSED",
            "TARGET_RED",
            "REPORT_MISSING",
            "NO_UPDATE",
            "NO_DATA",
            "TARGET_YELLOW",
            "REPORT_LATE",
            "ON_TRACK");

    private StatusRules() {}

    /**
     * @param facts    the task's facts on the date
     * @param settings the plan's supervision settings
     * @param calendar the working-day calendar (for {@code NO_UPDATE}; a year it does not know skips that
     *                 rule rather than guess)
     * @return the reasons that apply, worst first; never empty
     */
    public static List<StatusReason> reasons(
            TaskFacts facts, SupervisionSettings settings, WorkingDayCalendar calendar) {
        List<StatusReason> reasons = new ArrayList<>();
        boolean reportedComplete = facts.approved().stream().anyMatch(a -> Objects.equals(a.completion(), 100));
        boolean targetsMet = !facts.targets().isEmpty()
                && facts.targets().stream().allMatch(t -> t.evaluation().attainment() == Attainment.MET);
        if (reportedComplete) {
            return List.of(StatusReason.of("COMPLETED_REPORTED"));
        }
        if (targetsMet) {
            return List.of(StatusReason.of("TARGETS_MET"));
        }
        LocalDate deadline = facts.task().deadline();
        if (deadline != null && facts.on().isAfter(deadline)) {
            reasons.add(StatusReason.of("DEADLINE_PASSED", deadline.toString()));
        }
        reasons.addAll(targetReasons(facts.targets()));
        reasons.addAll(reportReasons(facts, settings, calendar));
        stagnation(facts, settings, calendar).ifPresent(reasons::add);
        if (reasons.isEmpty()) {
            reasons.add(noData(facts).orElseGet(() -> onTrack(facts, settings)));
        }
        reasons.sort(Comparator.comparingInt((StatusReason r) -> severity(statusOf(r)))
                .thenComparingInt(r -> ORDER.indexOf(r.code())));
        return List.copyOf(reasons);
    }

    /** @return the reason of an office closure: {@code CLOSED_OUT} or {@code CANCELLED} with date and reason */
    public static StatusReason closed(TaskClosure closure) {
        return StatusReason.of(
                closure.status() == TaskStatus.CANCELLED ? "CANCELLED" : "CLOSED_OUT",
                closure.reason(),
                closure.on().toString());
    }

    /** @return the status of the worst reason */
    public static TaskStatus statusOf(List<StatusReason> reasons) {
        return reasons.stream()
                .map(StatusRules::statusOf)
                .min(Comparator.comparingInt(StatusRules::severity))
                .orElse(TaskStatus.GREEN);
    }

    /** @return the status a single rule gives */
    public static TaskStatus statusOf(StatusReason reason) {
        return switch (reason.code()) {
            case "CLOSED_OUT" -> TaskStatus.COMPLETED;
            case "DEADLINE_PASSED", "TARGET_RED", "REPORT_MISSING" -> TaskStatus.RED;
            case "TARGET_YELLOW", "REPORT_LATE" -> TaskStatus.YELLOW;
            case "NO_UPDATE", "NO_DATA" -> TaskStatus.STAGNANT;
            case "CANCELLED" -> TaskStatus.CANCELLED;
            default -> TaskStatus.GREEN;
        };
    }

    private static List<StatusReason> targetReasons(List<TrackedTarget> targets) {
        List<StatusReason> reasons = new ArrayList<>();
        for (TrackedTarget t : targets) {
            TargetStatus light = t.evaluation().status();
            if (light == TargetStatus.RED || light == TargetStatus.YELLOW) {
                reasons.add(StatusReason.of(
                        "TARGET_" + light.name(),
                        t.target().indicator(),
                        plain(t.evaluation().actual()) + t.target().unit(),
                        plain(t.evaluation().expected()) + t.target().unit()));
            }
        }
        return reasons;
    }

    private static List<StatusReason> reportReasons(
            TaskFacts facts, SupervisionSettings settings, WorkingDayCalendar calendar) {
        List<StatusReason> reasons = new ArrayList<>();
        for (Slot slot : dueReports(facts, settings)) {
            SubmissionMatrix.Timeliness timeliness = slot.timeliness(facts.on(), facts.knownBy());
            if (timeliness == SubmissionMatrix.Timeliness.MISSING) {
                reasons.add(StatusReason.ofUnit(
                        "REPORT_MISSING",
                        slot.unitId(),
                        slot.unitName(),
                        slot.periodLabel(),
                        slot.dueOn().toString()));
            } else if (timeliness == SubmissionMatrix.Timeliness.LATE && settings.lateReportYellow()) {
                reasons.add(StatusReason.ofUnit(
                        "REPORT_LATE",
                        slot.unitId(),
                        slot.unitName(),
                        slot.periodLabel(),
                        slot.dueOn().toString(),
                        slot.firstSubmittedOn().toString(),
                        workingDaysLate(slot, calendar)));
            }
        }
        return reasons;
    }

    /**
     * {@code NO_DATA}: on or after the task's deadline (the end of the year read for a task without one), nothing
     * was ever submitted for it and no target has an approved value. A finished year is read on its last day, so
     * without this its silent tasks would look on track.
     */
    private static Optional<StatusReason> noData(TaskFacts facts) {
        LocalDate end = facts.task().deadline() != null
                ? facts.task().deadline()
                : LocalDate.of(facts.on().getYear(), 12, 31);
        boolean known = !facts.approved().isEmpty()
                || facts.slots().stream().anyMatch(s -> s.submittedBy(facts.knownBy()))
                || facts.targets().stream().anyMatch(t -> t.evaluation().actual() != null);
        return known || facts.on().isBefore(end)
                ? Optional.empty()
                : Optional.of(StatusReason.of("NO_DATA", facts.on().toString(), end.toString()));
    }

    /**
     * {@code ON_TRACK} with what it rests on: the latest due reports and how many came on time, the targets with
     * an approved value (none behind, else another rule applies) and those without one.
     */
    private static StatusReason onTrack(TaskFacts facts, SupervisionSettings settings) {
        List<Slot> due = dueReports(facts, settings);
        long onTime = due.stream()
                .filter(s -> s.timeliness(facts.on(), facts.knownBy()) == SubmissionMatrix.Timeliness.ON_TIME)
                .count();
        long valued = facts.targets().stream()
                .filter(t -> t.evaluation().actual() != null)
                .count();
        return StatusReason.of(
                "ON_TRACK",
                String.valueOf(due.size()),
                String.valueOf(onTime),
                String.valueOf(valued),
                String.valueOf(facts.targets().size() - valued));
    }

    /** @return working days from the last on-time day to the submission, or "?" for a year not loaded */
    private static String workingDaysLate(Slot slot, WorkingDayCalendar calendar) {
        try {
            return String.valueOf(calendar.workingDaysBetween(
                    slot.onTimeUntil().plusDays(1), slot.firstSubmittedOn().plusDays(1)));
        } catch (UnknownCalendarYearException e) {
            return "?";
        }
    }

    /**
     * The report slots the report rules read: per responsible unit (the lead always, co-units unless
     * {@link SupervisionSettings#coUnitReports} is off), its slot of the latest period due for it on the date
     * (its own due date — lead or co-unit date, or a granted extension — has passed, or the office closed the
     * period). The ledger's reporting note reads the same slots ({@code SupervisedTask#dueReports}).
     *
     * @param facts    the task's facts on the date
     * @param settings the plan's supervision settings
     * @return the slots in the task's unit order; a unit with no period due yet has none
     */
    public static List<Slot> dueReports(TaskFacts facts, SupervisionSettings settings) {
        List<Slot> due = new ArrayList<>();
        for (AssignedUnit unit : facts.task().units()) {
            latestDue(facts, unit.unitId())
                    .filter(slot -> slot.lead() || settings.coUnitReports())
                    .ifPresent(due::add);
        }
        return List.copyOf(due);
    }

    /** @return the unit's slot of the latest period due on the date, if any */
    private static Optional<Slot> latestDue(TaskFacts facts, long unitId) {
        return facts.slots().stream()
                .filter(s -> s.unitId() == unitId && s.dueBy(facts.on()))
                .max(Comparator.comparing(Slot::periodEnd));
    }

    private static Optional<StatusReason> stagnation(
            TaskFacts facts, SupervisionSettings settings, WorkingDayCalendar calendar) {
        LocalDate on = facts.on();
        Optional<LocalDate> since = facts.slots().stream()
                .map(Slot::approvedUpdateOn)
                .filter(d -> d != null && !d.isAfter(facts.knownBy()))
                .map(d -> d.isAfter(on) ? on : d)
                .max(Comparator.naturalOrder())
                .or(() -> facts.slots().stream()
                        .map(Slot::periodStart)
                        .filter(d -> !d.isAfter(on))
                        .min(Comparator.naturalOrder()));
        if (since.isEmpty()) {
            return Optional.empty();
        }
        try {
            int idle = calendar.workingDaysBetween(since.get().plusDays(1), on.plusDays(1));
            return idle >= settings.stagnationDays()
                    ? Optional.of(StatusReason.of(
                            "NO_UPDATE", String.valueOf(idle), since.get().toString()))
                    : Optional.empty();
        } catch (UnknownCalendarYearException e) {
            return Optional.empty();
        }
    }

    /** 0 is worst: cancelled and completed end the task, then red, stagnant, yellow, green. */
    private static int severity(TaskStatus status) {
        return switch (status) {
            case CANCELLED -> 0;
            case COMPLETED -> 1;
            case RED -> 2;
            case STAGNANT -> 3;
            case YELLOW -> 4;
            case GREEN -> 5;
        };
    }

    private static String plain(java.math.BigDecimal value) {
        // two decimals at most, as the task page shows them (a pace is computed to four)
        return value == null
                ? "—"
                : value.setScale(2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString();
    }
}

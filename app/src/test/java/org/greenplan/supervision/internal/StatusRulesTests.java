package org.greenplan.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.periods.HolidayCalendars;
import org.greenplan.periods.WorkingDayCalendar;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.PlanTimeliness.Slot;
import org.greenplan.supervision.StatusReason;
import org.greenplan.supervision.SupervisionSettings;
import org.greenplan.supervision.TaskClosure;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.EvaluationOutcome;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TrackedTarget;
import org.junit.jupiter.api.Test;

/**
 * The status rules on hand-made facts. The June 2022 period: lead units due Monday 2022-06-27 (25 June
 * is a Saturday, 顺延), co-units two working days earlier, 2022-06-23; 2022-06-03 is 端午节.
 */
class StatusRulesTests {
    static final WorkingDayCalendar CALENDAR =
            WorkingDayCalendar.of(HolidayCalendars.shippedDays(), List.of(2022, 2023, 2024, 2025, 2026));
    static final SupervisionSettings DEFAULTS = SupervisionSettings.defaults(1);
    static final long LEAD = 11;
    static final long CO = 12;
    static final LocalDate LEAD_DUE = LocalDate.of(2022, 6, 27);
    static final LocalDate CO_DUE = LocalDate.of(2022, 6, 23);

    final TaskView task = task(LocalDate.of(2022, 12, 31));

    @Test
    void aTaskWithEveryReportOnTimeAndNothingBehindIsGreen() {
        List<StatusReason> reasons = reasons(june(LEAD, LEAD_DUE, day(6, 20)), june(CO, CO_DUE, day(6, 20)));

        assertThat(reasons).extracting(StatusReason::code).containsExactly("ON_TRACK");
        assertThat(StatusRules.statusOf(reasons)).isEqualTo(TaskStatus.GREEN);
    }

    @Test
    void greenStatesHowManyReportsWereDueAndOnTimeAndHowManyTargetsHaveAValue() {
        List<StatusReason> reasons = reasons(june(LEAD, LEAD_DUE, day(6, 20)), june(CO, CO_DUE, day(6, 20)));

        assertThat(reasons.get(0).args()).containsExactly("2", "2", "0", "0");
    }

    @Test
    void withNothingDueAndNoValueGreenDoesNotClaimReportsOnTime() {
        List<StatusReason> reasons = reasonsOn(day(6, 20), List.of(), DEFAULTS);

        assertThat(StatusRules.statusOf(reasons)).isEqualTo(TaskStatus.GREEN);
        assertThat(reasons).extracting(StatusReason::code).containsExactly("ON_TRACK");
        assertThat(reasons.get(0).args()).containsExactly("0", "0", "0", "0");
    }

    @Test
    void aFinishedYearWithNoReportAndNoValueIsStagnantNotGreen() {
        List<StatusReason> reasons = reasonsOn(day(12, 31), List.of(), DEFAULTS);

        assertThat(StatusRules.statusOf(reasons)).isEqualTo(TaskStatus.STAGNANT);
        assertThat(reasons).extracting(StatusReason::code).containsExactly("NO_DATA");
        assertThat(reasons.get(0).args()).containsExactly("2022-12-31", "2022-12-31");
        assertThat(reasonsOn(day(12, 30), List.of(), DEFAULTS))
                .extracting(StatusReason::code)
                .containsExactly("ON_TRACK");
    }

    @Test
    void aReportNotSubmittedAfterTheUnitsDueDateIsRedNamingUnitPeriodAndDueDate() {
        List<StatusReason> reasons =
                reasonsOn(day(6, 28), List.of(june(LEAD, LEAD_DUE, null), june(CO, CO_DUE, day(6, 20))), DEFAULTS);

        assertThat(StatusRules.statusOf(reasons)).isEqualTo(TaskStatus.RED);
        assertThat(reasons.get(0).code()).isEqualTo("REPORT_MISSING");
        assertThat(reasons.get(0).args()).containsExactly("市发展改革委", "2022-06", "2022-06-27");
        assertThat(reasons.get(0).unitId()).isEqualTo(LEAD);
    }

    @Test
    void theDayAfterTheDueDateTurnsAMissingReportRedNotTheDueDateItself() {
        List<Slot> slots = List.of(june(LEAD, LEAD_DUE, null));

        assertThat(StatusRules.statusOf(reasonsOn(LEAD_DUE, slots, DEFAULTS))).isEqualTo(TaskStatus.GREEN);
        assertThat(StatusRules.statusOf(reasonsOn(LEAD_DUE.plusDays(1), slots, DEFAULTS)))
                .isEqualTo(TaskStatus.RED);
    }

    @Test
    void aCoUnitIsDueOnItsOwnEarlierDateWhileTheLeadIsNotDueYet() {
        List<StatusReason> reasons =
                reasonsOn(day(6, 24), List.of(june(LEAD, LEAD_DUE, null), june(CO, CO_DUE, null)), DEFAULTS);

        assertThat(reasons).extracting(StatusReason::code).containsExactly("REPORT_MISSING");
        assertThat(reasons.get(0).args()).containsExactly("市生态环境局", "2022-06", "2022-06-23");
    }

    @Test
    void coUnitsDoNotCountWhenThePlanLooksAtLeadUnitsOnly() {
        SupervisionSettings leadOnly = new SupervisionSettings(1, 30, true, false, true, 0);

        List<StatusReason> reasons =
                reasonsOn(day(6, 24), List.of(june(LEAD, LEAD_DUE, null), june(CO, CO_DUE, null)), leadOnly);

        assertThat(reasons).extracting(StatusReason::code).containsExactly("ON_TRACK");
    }

    @Test
    void aGrantedExtensionMovesTheDateAMissingReportTurnsRed() {
        Slot extended = slot(LEAD, "2022-06", day(6, 1), day(6, 30), day(7, 8), null, null, null);

        assertThat(StatusRules.statusOf(reasonsOn(day(7, 1), List.of(extended), DEFAULTS)))
                .isEqualTo(TaskStatus.GREEN);
        assertThat(StatusRules.statusOf(reasonsOn(day(7, 11), List.of(extended), DEFAULTS)))
                .isEqualTo(TaskStatus.RED);
    }

    @Test
    void closingAPeriodMakesAnUnsubmittedReportMissingBeforeItsDueDate() {
        Slot closedEarly = slot(LEAD, "2022-06", day(6, 1), day(6, 30), LEAD_DUE, day(6, 22), null, null);

        assertThat(StatusRules.statusOf(reasonsOn(day(6, 21), List.of(closedEarly), DEFAULTS)))
                .isEqualTo(TaskStatus.GREEN);
        List<StatusReason> afterClosing = reasonsOn(day(6, 22), List.of(closedEarly), DEFAULTS);
        assertThat(afterClosing).extracting(StatusReason::code).containsExactly("REPORT_MISSING");
    }

    @Test
    void onlyTheLatestDuePeriodCountsSoAnOldMissReportedSinceIsNotRed() {
        Slot april = slot(LEAD, "2022-04", day(4, 1), day(4, 30), day(4, 25), null, null, null);
        Slot may = slot(LEAD, "2022-05", day(5, 1), day(5, 31), day(5, 25), null, day(5, 20), day(5, 20));

        assertThat(reasonsOn(day(6, 1), List.of(april, may), DEFAULTS))
                .extracting(StatusReason::code)
                .containsExactly("ON_TRACK");
        assertThat(reasonsOn(day(5, 10), List.of(april, may), DEFAULTS))
                .extracting(StatusReason::code)
                .containsExactly("REPORT_MISSING");
    }

    @Test
    void aLateReportIsYellowUnlessThePlanSwitchesThatOff() {
        List<Slot> slots = List.of(june(LEAD, LEAD_DUE, day(6, 29)));
        SupervisionSettings lenient = new SupervisionSettings(1, 30, false, true, true, 0);

        List<StatusReason> reasons = reasonsOn(day(6, 30), slots, DEFAULTS);
        assertThat(reasons).extracting(StatusReason::code).containsExactly("REPORT_LATE");
        assertThat(reasons.get(0).args()).containsExactly("市发展改革委", "2022-06", "2022-06-27", "2022-06-29", "2");
        assertThat(StatusRules.statusOf(reasons)).isEqualTo(TaskStatus.YELLOW);
        assertThat(reasonsOn(day(6, 30), slots, lenient))
                .extracting(StatusReason::code)
                .containsExactly("ON_TRACK");
    }

    @Test
    void aSubmissionWithinTheGraceWindowIsOnTime() {
        Slot graced = new Slot(
                1,
                LEAD,
                "市发展改革委",
                true,
                6,
                "2022-06",
                day(6, 1),
                day(6, 30),
                LEAD_DUE,
                false,
                day(6, 29),
                null,
                day(6, 29),
                day(6, 29));

        assertThat(reasonsOn(day(6, 30), List.of(graced), DEFAULTS))
                .extracting(StatusReason::code)
                .containsExactly("ON_TRACK");
    }

    @Test
    void noApprovedUpdateForTheThresholdOfWorkingDaysIsStagnant() {
        // Approved update submitted Mon 2022-05-16; working days after it up to 2022-06-28: 30 (端午 06-03 off).
        Slot may = slot(LEAD, "2022-05", day(5, 1), day(5, 31), day(5, 25), null, day(5, 16), day(5, 16));
        SupervisionSettings thirty = new SupervisionSettings(1, 30, true, true, true, 0);

        assertThat(reasonsOn(day(6, 27), List.of(may), thirty))
                .extracting(StatusReason::code)
                .containsExactly("ON_TRACK");
        List<StatusReason> reasons = reasonsOn(day(6, 28), List.of(may), thirty);
        assertThat(reasons).extracting(StatusReason::code).containsExactly("NO_UPDATE");
        assertThat(reasons.get(0).args()).containsExactly("30", "2022-05-16");
        assertThat(StatusRules.statusOf(reasons)).isEqualTo(TaskStatus.STAGNANT);
    }

    @Test
    void withoutAnyApprovedUpdateStagnationCountsFromTheFirstPeriodsStart() {
        Slot april = slot(LEAD, "2022-04", day(4, 1), day(4, 30), day(4, 25), null, day(4, 20), null);
        SupervisionSettings ten = new SupervisionSettings(1, 10, false, true, true, 0);

        List<StatusReason> reasons = reasonsOn(day(4, 20), List.of(april), ten);

        // 04-01 … 04-20 after 04-01: 04-02 (调休 Saturday) and 04-06 … 04-20 minus weekends: 12 working days
        assertThat(reasons).extracting(StatusReason::code).containsExactly("NO_UPDATE");
        assertThat(reasons.get(0).args()).containsExactly("12", "2022-04-01");
    }

    @Test
    void reasonsAreListedWorstFirstAndInRuleOrderWithinAStatus() {
        TaskView late = task(LocalDate.of(2022, 6, 15));
        List<TrackedTarget> targets =
                List.of(target("秸秆综合利用率", TargetStatus.YELLOW), target("湿地保护率", TargetStatus.RED));
        Slot may = slot(LEAD, "2022-05", day(5, 1), day(5, 31), day(5, 25), null, day(5, 27), day(4, 1));
        Slot june = slot(CO, "2022-06", day(6, 1), day(6, 30), CO_DUE, null, null, null);
        SupervisionSettings ten = new SupervisionSettings(1, 10, true, true, true, 0);

        List<StatusReason> reasons = StatusRules.reasons(
                new TaskFacts(late, targets, List.of(), List.of(may, june), day(6, 24)), ten, CALENDAR);

        assertThat(reasons)
                .extracting(StatusReason::code)
                .containsExactly(
                        "DEADLINE_PASSED", "TARGET_RED", "REPORT_MISSING", "NO_UPDATE", "TARGET_YELLOW", "REPORT_LATE");
        assertThat(reasons.get(1).args()).containsExactly("湿地保护率", "80%", "90%");
        assertThat(StatusRules.statusOf(reasons)).isEqualTo(TaskStatus.RED);
    }

    @Test
    void stagnationOutranksYellowButNotRed() {
        assertThat(StatusRules.statusOf(List.of(StatusReason.of("TARGET_YELLOW"), StatusReason.of("NO_UPDATE", "31"))))
                .isEqualTo(TaskStatus.STAGNANT);
        assertThat(StatusRules.statusOf(List.of(StatusReason.of("NO_UPDATE", "31"), StatusReason.of("TARGET_RED"))))
                .isEqualTo(TaskStatus.RED);
    }

    @Test
    void anApprovedCompleteReportEndsTheTaskWhateverElseApplies() {
        TaskView late = task(LocalDate.of(2022, 6, 15));
        ApprovedProgress.Approved done = new ApprovedProgress.Approved(1, LEAD, "2022-05", day(5, 31), "已完成", 100);

        List<StatusReason> reasons = StatusRules.reasons(
                new TaskFacts(
                        late,
                        List.of(target("湿地保护率", TargetStatus.RED)),
                        List.of(done),
                        List.of(june(CO, CO_DUE, null)),
                        day(6, 30)),
                DEFAULTS,
                CALENDAR);

        assertThat(reasons).extracting(StatusReason::code).containsExactly("COMPLETED_REPORTED");
        // 已完成 needs the office's close-out; until then the task is green, awaiting it
        assertThat(StatusRules.statusOf(reasons)).isEqualTo(TaskStatus.GREEN);
    }

    @Test
    void everyTargetMetOnApprovedValuesCompletesTheTask() {
        TrackedTarget met = target("秸秆综合利用率", TargetStatus.GREEN, Attainment.MET);

        List<StatusReason> reasons = StatusRules.reasons(
                new TaskFacts(task, List.of(met), List.of(), List.of(june(LEAD, LEAD_DUE, null)), day(6, 30)),
                DEFAULTS,
                CALENDAR);

        assertThat(reasons).extracting(StatusReason::code).containsExactly("TARGETS_MET");
    }

    @Test
    void aPassedDeadlineIsRedWithTheDate() {
        List<StatusReason> reasons = StatusRules.reasons(
                new TaskFacts(task(day(6, 15)), List.of(), List.of(), List.of(), day(6, 16)), DEFAULTS, CALENDAR);

        assertThat(reasons).containsExactly(StatusReason.of("DEADLINE_PASSED", "2022-06-15"));
        // the deadline day itself has not passed; with nothing ever reported the task is not on track either
        assertThat(StatusRules.reasons(
                        new TaskFacts(task(day(6, 15)), List.of(), List.of(), List.of(), day(6, 15)),
                        DEFAULTS,
                        CALENDAR))
                .extracting(StatusReason::code)
                .containsExactly("NO_DATA");
    }

    @Test
    void anOfficeClosureGivesCompletedOrCancelledWithItsReasonAndDate() {
        StatusReason closed = StatusRules.closed(new TaskClosure(1, TaskStatus.CANCELLED, day(7, 1), "任务调整"));

        assertThat(closed).isEqualTo(StatusReason.of("CANCELLED", "任务调整", "2022-07-01"));
        assertThat(StatusRules.statusOf(closed)).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void theCurrentReadingCountsAReportSubmittedAfterItsDateAsLateWithItsDayNotAsMissing() {
        // June's report came on Tuesday 5 July and was approved: read on 30 June (the plan's reading date)
        List<Slot> slots = List.of(june(LEAD, LEAD_DUE, day(7, 5)));
        List<StatusReason> current = StatusRules.reasons(
                new TaskFacts(task, List.of(), List.of(), slots, day(6, 30), LocalDate.MAX), DEFAULTS, CALENDAR);

        assertThat(current).extracting(StatusReason::code).containsExactly("REPORT_LATE");
        // 28, 29, 30 June, 1, 4, 5 July: six working days after the due Monday
        assertThat(current.get(0).args()).containsExactly("市发展改革委", "2022-06", "2022-06-27", "2022-07-05", "6");
        assertThat(StatusRules.statusOf(current)).isEqualTo(TaskStatus.YELLOW);
        // a reading of that day as it stood then: nothing had come yet
        assertThat(reasonsOn(day(6, 30), slots, DEFAULTS))
                .extracting(StatusReason::code)
                .containsExactly("REPORT_MISSING");
    }

    private List<StatusReason> reasons(Slot... slots) {
        return reasonsOn(day(6, 30), List.of(slots), DEFAULTS);
    }

    private List<StatusReason> reasonsOn(LocalDate on, List<Slot> slots, SupervisionSettings settings) {
        return StatusRules.reasons(new TaskFacts(task, List.of(), List.of(), slots, on), settings, CALENDAR);
    }

    /** June 2022 for a unit: approved on the day it was submitted (or never). */
    private static Slot june(long unit, LocalDate due, LocalDate submitted) {
        return slot(unit, "2022-06", day(6, 1), day(6, 30), due, null, submitted, submitted);
    }

    private static Slot slot(
            long unit,
            String label,
            LocalDate start,
            LocalDate end,
            LocalDate due,
            LocalDate closed,
            LocalDate submitted,
            LocalDate approved) {
        return new Slot(
                1,
                unit,
                unit == LEAD ? "市发展改革委" : "市生态环境局",
                unit == LEAD,
                label.hashCode(),
                label,
                start,
                end,
                due,
                false,
                due,
                closed,
                submitted,
                approved);
    }

    private static TaskView task(LocalDate deadline) {
        List<AssignedUnit> units = new ArrayList<>();
        units.add(new AssignedUnit(LEAD, "市发展改革委", "市发改委", "LEAD", false, true));
        units.add(new AssignedUnit(CO, "市生态环境局", "市生态环境局", "CO", false, true));
        return new TaskView(
                1,
                1,
                null,
                "10",
                List.of("10"),
                "任务",
                "任务",
                1,
                0,
                2,
                deadline,
                false,
                null,
                units,
                List.of(),
                List.of(),
                0);
    }

    private static TrackedTarget target(String indicator, TargetStatus light) {
        return target(indicator, light, Attainment.NOT_YET_EVALUABLE);
    }

    private static TrackedTarget target(String indicator, TargetStatus light, Attainment attainment) {
        TargetView view =
                new TargetView(1, indicator, Comparison.AT_LEAST, new BigDecimal("92"), null, "%", indicator, 0, 1);
        EvaluationOutcome outcome = new EvaluationOutcome(
                day(6, 30),
                null,
                new BigDecimal("80.0"),
                new BigDecimal("92"),
                null,
                new BigDecimal("90.0049"), // a pace is computed to four decimals; reasons show two
                attainment,
                light,
                List.of(),
                null,
                null);
        return new TrackedTarget(view, 2022, null, List.of(), outcome);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2022, month, day);
    }
}

package org.greenplan.demodata.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.LoadedReport;
import org.greenplan.progress.ReportContent;
import org.greenplan.progress.ReportKey;
import org.greenplan.progress.ReportValue;
import org.greenplan.progress.Stamp;
import org.greenplan.progress.TargetValueReader.ValueEntry;

/**
 * Draws the monthly reports of one plan's closed periods: every unit of every task reports, except
 * about 3 % never do; about 7 % report after the grace period (LATE); the office approves one to three
 * days after submission, except where that day has not come yet or, in the last two periods, about one
 * report in five still waits. Each task keeps a pace for the whole year (most on pace, some slightly,
 * some clearly behind), so the target lights come out green, yellow and red as in a real year. Values are
 * entered as the report form asks ({@link #value}): a month's increase where the target sums the periods.
 */
public final class ReportDraws {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final PlanShape shape;
    private final Random random;
    private final ZoneId zone;
    private final Instant now;

    public ReportDraws(PlanShape shape, Random random, ZoneId zone, Instant now) {
        this.shape = shape;
        this.random = random;
        this.zone = zone;
        this.now = now;
    }

    /**
     * @param tasks     the plan's tasks
     * @param periods   the periods to report in, in order; the last two count as recent
     * @param reporters unit id → the unit's reporter (id and display name)
     * @param office    the office admin who approves (id and display name)
     * @param entries   target id → what a report enters for it ({@code progress::TargetValueReader#entries}):
     *                  the period's increase for a target that sums them, else the value at the period's end
     * @return the reports, in period, task and unit order
     */
    public List<LoadedReport> draw(
            List<TaskView> tasks,
            List<ReportingPeriod> periods,
            Map<Long, Stamp> reporters,
            Stamp office,
            Map<Long, ValueEntry> entries) {
        Map<Long, Double> pace = new java.util.HashMap<>();
        tasks.forEach(task -> pace.put(task.id(), pace()));
        List<LoadedReport> reports = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            ReportingPeriod period = periods.get(p);
            boolean recent = p >= periods.size() - 2;
            for (TaskView task : tasks) {
                for (AssignedUnit unit : task.units()) {
                    if (random.nextInt(100) < 3) {
                        continue;
                    }
                    boolean lead = unit.equals(task.units().get(0));
                    reports.add(
                            report(task, unit, period, lead, recent, pace.get(task.id()), reporters, office, entries));
                }
            }
        }
        return reports;
    }

    private LoadedReport report(
            TaskView task,
            AssignedUnit unit,
            ReportingPeriod period,
            boolean lead,
            boolean recent,
            double pace,
            Map<Long, Stamp> reporters,
            Stamp office,
            Map<Long, ValueEntry> entries) {
        int month = period.endsOn().getMonthValue();
        Instant submittedAt = submittedAt(period, lead);
        Stamp reporter = reporters.get(unit.unitId());
        Stamp submitted = new Stamp(reporter.userId(), reporter.name(), submittedAt);
        Instant approvedAt = submittedAt.plusSeconds(86_400L * (1 + random.nextInt(3)) + random.nextInt(7200));
        boolean waits = approvedAt.isAfter(now) || (recent && random.nextInt(5) == 0);
        Stamp approved = waits ? null : new Stamp(office.userId(), office.name(), approvedAt);
        List<ReportValue> values = new ArrayList<>();
        for (TargetView target : task.targets()) {
            if (target.value() != null) {
                BigDecimal value = value(target, entries.get(target.id()), month, pace);
                values.add(new ReportValue(target.id(), value.toPlainString(), value, false));
            }
        }
        Integer completion = values.isEmpty() ? (int) Math.min(100, Math.round(month * 100 / 12.0 * pace)) : null;
        ReportContent content = new ReportContent(
                phrase("progress", unit.name(), month),
                random.nextInt(10) < 4 ? phrase("problems", unit.name(), month) : "",
                phrase("next", unit.name(), month),
                completion,
                values);
        return new LoadedReport(
                task.planId(),
                task,
                new ReportKey(task.id(), unit.unitId(), period.id()),
                YearMonth.from(period.endsOn()).atDay(1),
                content,
                submitted,
                approved);
    }

    /**
     * The value a report enters: the level at the month's end, or for a target that sums the periods
     * ({@link ValueEntry#INCREMENT}) the month's increase over the previous month's level, so that the sum of the
     * months is the level again (five, six, five … 台, not 5, 11, 16 … summed to 352 台).
     */
    static BigDecimal value(TargetView target, ValueEntry entry, int month, double pace) {
        BigDecimal level = level(target, month, pace);
        if (entry != ValueEntry.INCREMENT || month == 1) {
            return level;
        }
        return level.subtract(level(target, month - 1, pace)).max(BigDecimal.ZERO);
    }

    /** A rate or coefficient moves towards its goal over the year; a count or capacity accumulates. */
    static BigDecimal level(TargetView target, int month, double pace) {
        BigDecimal goal = target.value();
        boolean rate = "%".equals(target.unit()) || goal.compareTo(BigDecimal.ONE) < 0;
        if (rate) {
            double value = goal.doubleValue() * (0.9 + 0.1 * month / 12.0) * Math.min(pace, 1.02);
            BigDecimal level = BigDecimal.valueOf(value)
                    .setScale(goal.compareTo(BigDecimal.ONE) < 0 ? 3 : 1, RoundingMode.HALF_UP);
            return "%".equals(target.unit()) ? level.min(HUNDRED) : level;
        }
        return BigDecimal.valueOf(goal.doubleValue() * month / 12.0 * pace).setScale(0, RoundingMode.HALF_UP);
    }

    private double pace() {
        int draw = random.nextInt(10);
        if (draw < 7) {
            return 1.0 + random.nextDouble() * 0.1;
        }
        return draw < 9 ? 0.85 + random.nextDouble() * 0.1 : 0.5 + random.nextDouble() * 0.2;
    }

    private Instant submittedAt(ReportingPeriod period, boolean lead) {
        LocalDate due = lead ? period.dueOn() : period.coUnitDueOn();
        LocalDate day = random.nextInt(100) < 7
                ? period.graceUntil().plusDays(1 + random.nextInt(4))
                : due.minusDays(random.nextInt(8));
        Instant at =
                day.atTime(9, 0).plusMinutes(random.nextInt(510)).atZone(zone).toInstant();
        // a late report cannot come after the day the data stands on: it came on its due day
        return at.isBefore(now) ? at : due.atTime(16, 0).atZone(zone).toInstant();
    }

    private String phrase(String section, String unit, int month) {
        List<String> lines = shape.lines(section);
        return lines.get(random.nextInt(lines.size()))
                .replace("{unit}", unit)
                .replace("{month}", String.valueOf(month))
                .replace("{n}", String.valueOf(2 + random.nextInt(9)));
    }
}

package org.greenplan.demodata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.greenplan.demodata.internal.PlanShape;
import org.greenplan.demodata.internal.ReportDraws;
import org.greenplan.periods.PeriodAdministration;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.periods.ReportingSettings;
import org.greenplan.periods.ReportingSettingsStore;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.BulkReports;
import org.greenplan.progress.LoadedReport;
import org.greenplan.progress.Stamp;
import org.greenplan.progress.TargetValueReader;
import org.springframework.stereotype.Component;

/**
 * A plan's reporting year as the office runs it: the default monthly settings (due on the 25th), the
 * periods generated on the working-day calendar, every period due before {@code today} opened, reported
 * ({@link ReportDraws}, loaded by {@link BulkReports} in one transaction per period) and closed with a
 * reason; the period running on {@code today} opened and left for the units; later ones planned.
 */
@Component
class PlanPeriods {
    private final ReportingSettingsStore settings;
    private final PeriodAdministration administration;
    private final ReportingPeriods periods;
    private final BulkReports reports;
    private final TargetValueReader values;
    private final Clock clock;

    PlanPeriods(
            ReportingSettingsStore settings,
            PeriodAdministration administration,
            ReportingPeriods periods,
            BulkReports reports,
            TargetValueReader values,
            Clock clock) {
        this.values = values;
        this.settings = settings;
        this.administration = administration;
        this.periods = periods;
        this.reports = reports;
        this.clock = clock;
    }

    void report(
            long planId,
            List<TaskView> tasks,
            Map<Long, Stamp> reporters,
            Stamp office,
            PlanShape shape,
            Random random,
            DemoData.Tally tally) {
        settings.save(ReportingSettings.defaults(planId));
        administration.generate(planId);
        LocalDate today = tally.options.today();
        List<ReportingPeriod> past = new ArrayList<>();
        for (ReportingPeriod period : periods.ofPlan(planId)) {
            if (period.graceUntil().isBefore(today)) {
                administration.open(period.id(), administration.version(period.id()));
                past.add(period);
            } else if (!period.startsOn().isAfter(today)) {
                administration.open(period.id(), administration.version(period.id()));
                openKeys(period, tasks, tally);
            }
            tally.periods++;
        }
        ReportDraws draws = new ReportDraws(
                shape,
                random,
                clock.getZone(),
                today.atTime(8, 0).atZone(clock.getZone()).toInstant());
        List<LoadedReport> drawn = draws.draw(
                tasks,
                past,
                reporters,
                office,
                values.entries(tasks.stream().flatMap(t -> t.targets().stream()).toList()));
        for (ReportingPeriod period : past) {
            List<LoadedReport> batch = drawn.stream()
                    .filter(r -> r.key().periodId() == period.id())
                    .toList();
            reports.load(batch);
            administration.close(period.id(), administration.version(period.id()), shape.line("reasons"));
            tally.reports += batch.size();
            tally.approved +=
                    (int) batch.stream().filter(r -> r.approved() != null).count();
            tally.values +=
                    batch.stream().mapToInt(r -> r.content().values().size()).sum();
        }
        tally.plans++;
        tally.tasks += tasks.size();
    }

    private static void openKeys(ReportingPeriod period, List<TaskView> tasks, DemoData.Tally tally) {
        for (TaskView task : tasks) {
            task.units().forEach(unit -> {
                tally.openRows.add(
                        tally.usernames.get(unit.unitId()) + "," + period.id() + "," + task.id() + "," + unit.unitId());
                tally.openKeys++;
            });
        }
    }
}

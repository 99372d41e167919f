package org.greenplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.greenplan.organisation.RegionNode;
import org.greenplan.organisation.Regions;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.TaskView;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.TargetTerms;
import org.greenplan.targets.TargetTracking;
import org.greenplan.targets.TrackedTarget;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rolls a city plan up over the plans of the counties and districts directly below its region
 * (汇总): for each city target, each region's current approved value of the same indicator (matched by the
 * indicator's name, whitespace ignored, in the same unit) combined by {@link RollupRule} (rates: the
 * unweighted mean; counts and amounts: the sum), and each region's tasks per supervision status. A region
 * whose published plans of the plan year are several counts with its latest published one.
 */
@Service
@Transactional(readOnly = true)
public class RegionRollup {
    private final PlanCatalog catalog;
    private final Regions regions;
    private final TargetTracking tracking;
    private final Supervision supervision;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    RegionRollup(
            PlanCatalog catalog,
            Regions regions,
            TargetTracking tracking,
            Supervision supervision,
            MessageSource messages,
            JdbcClient jdbc) {
        this.catalog = catalog;
        this.regions = regions;
        this.tracking = tracking;
        this.supervision = supervision;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /**
     * @param planId the city plan
     * @param on     the date values and statuses hold on, or null for the plan's reading date ({@code Supervision.asOf})
     * @return the roll-up; with no regions below the plan's region, empty region and value lists
     * @throws NotFoundException when there is no such plan
     */
    public Rollup of(long planId, LocalDate on) {
        LocalDate day = on == null ? supervision.asOf(planId) : on;
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        RegionNode region = regions.find(regionOf(planId)).orElseThrow();
        List<Rollup.RegionPlan> below = new ArrayList<>();
        List<List<Tracked>> regionTargets = new ArrayList<>();
        Map<TaskStatus, Integer> totals = zeroCounts();
        for (RegionNode child : regions.children(region.id())) {
            Long childPlan = latestPlan(child.id(), plan.planYear());
            if (childPlan == null) {
                below.add(new Rollup.RegionPlan(child, null, null, Map.of()));
                regionTargets.add(null);
                continue;
            }
            PlanSummary summary = catalog.plan(childPlan).orElseThrow();
            Map<TaskStatus, Integer> counts = supervision.ofPlan(childPlan, day).counts();
            counts.forEach((status, n) -> totals.merge(status, n, Integer::sum));
            below.add(new Rollup.RegionPlan(child, childPlan, summary.title(), counts));
            regionTargets.add(tracked(childPlan, summary.planYear(), day));
        }
        List<Rollup.IndicatorRollup> indicators = new ArrayList<>();
        for (Tracked city : tracked(planId, plan.planYear(), day)) {
            if (city.target().target().comparator() != Comparison.REFERENCE) {
                indicators.add(indicator(city, below, regionTargets));
            }
        }
        return new Rollup(plan, region, day, below, indicators, totals);
    }

    private Rollup.IndicatorRollup indicator(
            Tracked tracked, List<Rollup.RegionPlan> below, List<List<Tracked>> regionTargets) {
        TrackedTarget city = tracked.target();
        TargetTerms terms = city.terms();
        RollupRule rule = RollupRule.of(terms);
        List<Rollup.RegionValue> values = new ArrayList<>();
        for (int i = 0; i < below.size(); i++) {
            values.add(value(below.get(i).region(), terms, regionTargets.get(i)));
        }
        BigDecimal aggregate = rule.combine(values.stream()
                .filter(v -> v.state() == Rollup.ValueState.REPORTED)
                .map(Rollup.RegionValue::value)
                .toList());
        return new Rollup.IndicatorRollup(
                tracked.task().id(),
                tracked.task().number(),
                terms.indicator(),
                city.target().display(messages, Ledger.LOCALE),
                terms.levelUnit(),
                rule,
                city.evaluation().actual(),
                values,
                aggregate,
                met(terms, aggregate));
    }

    private Rollup.RegionValue value(RegionNode region, TargetTerms city, List<Tracked> targets) {
        if (targets == null) {
            return new Rollup.RegionValue(region, null, null, null, Rollup.ValueState.NO_PLAN);
        }
        Tracked found = targets.stream()
                .filter(t -> key(t.target().target().indicator()).equals(key(city.indicator())))
                .findFirst()
                .orElse(null);
        if (found == null) {
            return new Rollup.RegionValue(region, null, null, null, Rollup.ValueState.NO_TARGET);
        }
        TrackedTarget match = found.target();
        String target = match.target().display(messages, Ledger.LOCALE);
        long taskId = found.task().id();
        if (!Objects.equals(match.terms().levelUnit(), city.levelUnit())) {
            return new Rollup.RegionValue(
                    region, taskId, target, match.evaluation().actual(), Rollup.ValueState.OTHER_UNIT);
        }
        BigDecimal actual = match.evaluation().actual();
        return new Rollup.RegionValue(
                region,
                taskId,
                target,
                actual,
                actual == null ? Rollup.ValueState.NO_VALUE : Rollup.ValueState.REPORTED);
    }

    /** @return whether the aggregate meets a ≥ / > / ≤ / < target; null for other kinds or no aggregate */
    static Boolean met(TargetTerms terms, BigDecimal aggregate) {
        if (aggregate == null || terms.value() == null || terms.isChange()) {
            return null;
        }
        int c = aggregate.compareTo(terms.value());
        return switch (terms.comparator()) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
            default -> null;
        };
    }

    /** A target evaluated on the date, with its task. */
    private record Tracked(TaskView task, TrackedTarget target) {}

    private List<Tracked> tracked(long planId, Integer planYear, LocalDate on) {
        List<TaskView> tasks = catalog.tasks(planId, null);
        // every target of the plan in one batch (three statements), not three statements per target
        Map<Long, List<TrackedTarget>> evaluated = tracking.evaluateTasks(tasks, planYear, on);
        List<Tracked> tracked = new ArrayList<>();
        for (TaskView task : tasks) {
            evaluated.getOrDefault(task.id(), List.of()).forEach(t -> tracked.add(new Tracked(task, t)));
        }
        return tracked;
    }

    private static String key(String indicator) {
        return indicator == null ? "" : indicator.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Map<TaskStatus, Integer> zeroCounts() {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, 0);
        }
        return counts;
    }

    private long regionOf(long planId) {
        return jdbc.sql("select region_id from plan where id = ?")
                .param(planId)
                .query(Long.class)
                .single();
    }

    /** @return the region's latest published plan of the year (any year when {@code planYear} is null) */
    private Long latestPlan(long regionId, Integer planYear) {
        return jdbc.sql("""
                        select id from plan
                        where region_id = ? and state = 'PUBLISHED' and (cast(? as integer) is null or plan_year = ?)
                        order by published_at desc nulls last, id desc limit 1""")
                .params(regionId, planYear, planYear)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}

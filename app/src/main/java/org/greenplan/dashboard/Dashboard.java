package org.greenplan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenplan.accounts.Actor;
import org.greenplan.dashboard.DashboardData.Breakdown;
import org.greenplan.dashboard.DashboardData.Count;
import org.greenplan.dashboard.DashboardData.Ranking;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.HeadingView;
import org.greenplan.plan.view.UnitTaskCount;
import org.greenplan.progress.SubmissionMatrix.Timeliness;
import org.greenplan.supervision.TaskStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaders' dashboard (领导驾驶舱): counts by status, section and unit, unit rankings, the periods'
 * statuses and timeliness, and the indicator cards, for one {@link DashboardFilter}. Each count is the
 * size of a {@link TaskSelection} over {@code Supervision}'s statuses, and {@link #tasks} lists exactly
 * that selection.
 *
 * <p>Not transactional itself: it asks {@link CurrentResults} outside any transaction, so a request waiting for
 * another request's computation of the same answer holds no pooled connection (see {@code shared.ResultCache});
 * every read it makes runs in its collaborators' own transactions.
 */
@Service
public class Dashboard {
    static final int RANKED_UNITS = 10;

    private final Scopes scopes;
    private final PlanCatalog catalog;
    private final Labels labels;
    private final PeriodTrends trends;
    private final IndicatorCards cards;
    private final CurrentResults current;
    private final JsonMapper json;

    Dashboard(
            Scopes scopes,
            PlanCatalog catalog,
            Labels labels,
            PeriodTrends trends,
            IndicatorCards cards,
            CurrentResults current,
            JsonMapper json) {
        this.scopes = scopes;
        this.catalog = catalog;
        this.labels = labels;
        this.trends = trends;
        this.cards = cards;
        this.current = current;
        this.json = json;
    }

    /**
     * The answer is the one {@link CurrentResults} keeps for the filter and the language while nothing it
     * depends on has changed (one statement), else computed and kept.
     *
     * @param actor an office admin or a leader
     * @return the dashboard of the filter
     * @throws org.greenplan.plan.NotFoundException when there is no such plan or the period is not the plan's
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    public DashboardData data(Actor actor, DashboardFilter filter) {
        Scopes.requireReader(actor);
        DataKey key = new DataKey(filter, LocaleContextHolder.getLocale());
        return current.cached(filter.planId(), key, () -> compute(actor, filter));
    }

    /**
     * {@link #data} as JSON, written by the application's JSON mapper (the one the web layer answers with), compressed,
     * and kept with the answer under the same key: while nothing changes, a request costs the one statement of
     * {@link #data} and neither serialisation nor compression.
     *
     * @return the JSON and its entity tag; checked and thrown as {@link #data}
     */
    public DashboardJson json(Actor actor, DashboardFilter filter) {
        Scopes.requireReader(actor);
        JsonKey key = new JsonKey(filter, LocaleContextHolder.getLocale());
        return current.cached(filter.planId(), key, () -> write(data(actor, filter)));
    }

    private DashboardJson write(DashboardData data) {
        return DashboardJson.of(json.writeValueAsBytes(data));
    }

    /** What the dashboard's data depends on beside the plan (see {@link CurrentResults.Key}). */
    private record DataKey(DashboardFilter filter, Locale locale) {}

    /** The key of the data's JSON, kept beside the data itself. */
    private record JsonKey(DashboardFilter filter, Locale locale) {}

    /** @return the dashboard of the filter computed now (from the scopes {@link Scopes} keeps) */
    DashboardData compute(Actor actor, DashboardFilter filter) {
        Scope scope = scopes.of(actor, filter);
        DashboardFilter resolved =
                filter.inPeriod(scope.period() == null ? null : scope.period().id());
        TaskSelection all = TaskSelection.of(resolved);
        List<Count> statuses = statusCounts(scope, all);
        return new DashboardData(
                scope.plan().id(),
                scope.plan().title(),
                resolved.periodId(),
                scope.period() == null ? null : scope.period().label(),
                scope.on(),
                count(scope, "ALL", labels.text("dashboard.total"), all),
                completion(scope, all),
                statuses,
                sections(scope, all),
                units(scope, all),
                rankings(scope, all),
                trends.of(actor, resolved, scope),
                cards.of(scope, all));
    }

    /**
     * @return the rows behind a count of {@link #data}: the same selection, on the same date
     * @throws org.greenplan.plan.NotFoundException when there is no such plan or the period is not the plan's
     */
    public TaskListing tasks(Actor actor, TaskSelection selection) {
        Scope scope = scopes.of(actor, selection.filter());
        Map<Long, String> units = catalog.units(scope.plan().id()).stream()
                .collect(Collectors.toMap(UnitTaskCount::unitId, UnitTaskCount::name));
        Map<Long, String> sections = catalog.headings(scope.plan().id()).stream()
                .collect(Collectors.toMap(HeadingView::id, HeadingView::label));
        return new TaskListing(scope.plan(), scope.period(), scope.on(), scope.select(selection), units, sections);
    }

    private List<Count> statusCounts(Scope scope, TaskSelection base) {
        List<Count> counts = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            counts.add(count(scope, s.name(), labels.text(s.messageKey()), base.withStatus(s)));
        }
        return counts;
    }

    private BigDecimal completion(Scope scope, TaskSelection all) {
        int active = scope.count(all) - scope.count(all.withStatus(TaskStatus.CANCELLED));
        if (active == 0) {
            return null;
        }
        return BigDecimal.valueOf(scope.count(all.withStatus(TaskStatus.COMPLETED)) * 100L)
                .divide(BigDecimal.valueOf(active), 1, RoundingMode.HALF_UP);
    }

    private List<Breakdown> sections(Scope scope, TaskSelection all) {
        List<Breakdown> rows = new ArrayList<>();
        for (HeadingView h : catalog.headings(scope.plan().id())) {
            TaskSelection section = all.inSection(h.id());
            if (h.parentId() == null && scope.count(section) > 0) {
                rows.add(new Breakdown(
                        h.id(), h.label(), count(scope, "ALL", h.label(), section), statusCounts(scope, section)));
            }
        }
        return rows;
    }

    private List<Breakdown> units(Scope scope, TaskSelection all) {
        List<Breakdown> rows = new ArrayList<>();
        for (UnitTaskCount u : catalog.units(scope.plan().id())) {
            TaskSelection unit = all.ofUnit(u.unitId());
            if (passes(scope, all, u.unitId()) && scope.count(unit) > 0) {
                rows.add(new Breakdown(
                        u.unitId(), u.name(), count(scope, "ALL", u.name(), unit), statusCounts(scope, unit)));
            }
        }
        return rows;
    }

    private List<Ranking> rankings(Scope scope, TaskSelection all) {
        List<Ranking> rankings = new ArrayList<>();
        rankings.add(ranking(scope, all, "RED", all.withStatus(TaskStatus.RED)));
        rankings.add(ranking(scope, all, "STAGNANT", all.withStatus(TaskStatus.STAGNANT)));
        rankings.add(ranking(
                scope, all, "LATE", all.withTimeliness(Timeliness.LATE, Timeliness.MISSING), Timeliness.MISSING));
        return rankings;
    }

    /**
     * @param parts the timeliness values the count is split into, the first of them the worse on a tie
     *              (missing before late); none for a ranking by status
     */
    private Ranking ranking(Scope scope, TaskSelection all, String key, TaskSelection what, Timeliness... worse) {
        List<Count> units = new ArrayList<>();
        for (UnitTaskCount u : catalog.units(scope.plan().id())) {
            Count c = count(scope, String.valueOf(u.unitId()), u.name(), what.ofUnit(u.unitId()));
            if (passes(scope, all, u.unitId()) && c.count() > 0) {
                units.add(c);
            }
        }
        Comparator<Count> order = Comparator.comparing(Count::count).reversed();
        for (Timeliness t : worse) {
            order = order.thenComparing(
                    c -> scope.count(what.ofUnit(Long.valueOf(c.key())).withTimeliness(t)), Comparator.reverseOrder());
        }
        units.sort(order);
        List<Count> ranked = units.subList(0, Math.min(RANKED_UNITS, units.size()));
        return new Ranking(key, labels.text("dashboard.ranking." + key), ranked, parts(scope, what, ranked));
    }

    /** One series per timeliness of the selection (late, missing), a point per ranked unit. */
    private List<DashboardData.Series> parts(Scope scope, TaskSelection what, List<Count> ranked) {
        if (what.timeliness() == null || what.timeliness().size() < 2) {
            return List.of();
        }
        List<DashboardData.Series> parts = new ArrayList<>();
        for (Timeliness t : what.timeliness()) {
            String label = labels.text("dashboard.timeliness." + t);
            parts.add(new DashboardData.Series(
                    t.name(),
                    label,
                    ranked.stream()
                            .map(c -> count(
                                    scope,
                                    t.name(),
                                    c.label(),
                                    what.ofUnit(Long.valueOf(c.key())).withTimeliness(t)))
                            .toList()));
        }
        return parts;
    }

    /** Whether the unit is one the filter lets through (its unit, or any unit of its region). */
    private static boolean passes(Scope scope, TaskSelection all, long unitId) {
        return (all.filter().unitId() == null || all.filter().unitId() == unitId)
                && (scope.regionUnits() == null || scope.regionUnits().contains(unitId));
    }

    static Count count(Scope scope, String key, String label, TaskSelection s) {
        return new Count(key, label, scope.count(s), s.href());
    }
}

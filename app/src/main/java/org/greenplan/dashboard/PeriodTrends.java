package org.greenplan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.dashboard.DashboardData.Count;
import org.greenplan.dashboard.DashboardData.PeriodSeries;
import org.greenplan.dashboard.DashboardData.Series;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.progress.SubmissionMatrix.Timeliness;
import org.greenplan.supervision.TaskStatus;
import org.springframework.stereotype.Component;

/**
 * The periods of a plan side by side: statuses on each period's last day and the timeliness of the
 * reports due in it (a report not due yet is not counted). A period that ends after the dashboard's date is a gap (null), never 0; so is the
 * on-time rate of a period with nothing due. A closed period's column is read from {@link ClosedPeriodResults}
 * (one statement) instead of supervising the plan again on its last day.
 */
@Component
class PeriodTrends {
    private final Scopes scopes;
    private final Labels labels;
    private final ClosedPeriodResults results;

    PeriodTrends(Scopes scopes, Labels labels, ClosedPeriodResults results) {
        this.scopes = scopes;
        this.labels = labels;
        this.results = results;
    }

    PeriodSeries of(Actor actor, DashboardFilter filter, Scope current) {
        List<ReportingPeriod> periods = scopes.periods(filter.planId());
        List<Scope> ended = new ArrayList<>();
        long generation = results.generation(filter.planId());
        for (ReportingPeriod p : periods) {
            // a period never opened could not be reported in: a gap, not a column of missing reports
            boolean reached = p.state() != PeriodState.PLANNED && !p.endsOn().isAfter(current.on());
            ended.add(reached ? scopeOf(actor, filter, p, current, generation) : null);
        }
        List<Series> statuses = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            statuses.add(
                    series(s.name(), labels.text(s.messageKey()), periods, ended, filter, sel -> sel.withStatus(s)));
        }
        List<Series> timeliness = new ArrayList<>();
        for (Timeliness t : Timeliness.DUE) {
            timeliness.add(series(
                    t.name(),
                    labels.text("dashboard.timeliness." + t),
                    periods,
                    ended,
                    filter,
                    sel -> sel.withTimeliness(t)));
        }
        List<BigDecimal> rates = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            rates.add(rate(timeliness, i));
        }
        return new PeriodSeries(periods.stream().map(ReportingPeriod::label).toList(), statuses, timeliness, rates);
    }

    /**
     * The period's scope: the one shown, else a closed period's stored result (computed and stored on the
     * first request after a change), else computed.
     */
    private Scope scopeOf(Actor actor, DashboardFilter filter, ReportingPeriod p, Scope current, long generation) {
        if (current.period() != null && current.period().id() == p.id()) {
            return current;
        }
        if (!ClosedPeriodResults.keeps(p)) {
            return scopes.of(actor, filter.inPeriod(p.id()));
        }
        return results.find(p, generation, current).orElseGet(() -> {
            Scope computed = scopes.of(actor, filter.inPeriod(p.id()));
            results.store(computed, generation);
            return computed;
        });
    }

    private static Series series(
            String key,
            String label,
            List<ReportingPeriod> periods,
            List<Scope> ended,
            DashboardFilter filter,
            java.util.function.UnaryOperator<TaskSelection> narrow) {
        List<Count> points = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Scope scope = ended.get(i);
            if (scope == null) {
                points.add(new Count(key, periods.get(i).label(), null, null));
            } else {
                TaskSelection s = narrow.apply(
                        TaskSelection.of(filter.inPeriod(periods.get(i).id())));
                points.add(Dashboard.count(scope, key, periods.get(i).label(), s));
            }
        }
        return new Series(key, label, points);
    }

    /** On-time reports in % of those due in period i (ON_TIME + LATE + MISSING), or null. */
    private static BigDecimal rate(List<Series> timeliness, int i) {
        Integer onTime = timeliness.get(0).points().get(i).count();
        if (onTime == null) {
            return null;
        }
        int due = timeliness.stream().mapToInt(s -> s.points().get(i).count()).sum();
        return due == 0
                ? null
                : BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
    }
}

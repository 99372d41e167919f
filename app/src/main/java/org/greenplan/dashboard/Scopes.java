package org.greenplan.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.organisation.ResponsibleUnit;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.supervision.Supervision;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves a {@link DashboardFilter} to a {@link Scope}: the plan's supervision on the filter's date and the
 * period's submission matrix, kept by {@link CurrentResults} until something they depend on changes. A scope
 * is asked for outside any transaction and computed in its own read-only transaction (one pooled connection,
 * held only while computing, never while waiting for another request's computation).
 */
@Component
class Scopes {
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final Supervision supervision;
    private final SubmissionMatrix matrices;
    private final UnitDirectory directory;
    private final CurrentResults current;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    @SuppressWarnings("java:S107") // the collaborators of one read model
    Scopes(
            PlanCatalog catalog,
            ReportingPeriods periods,
            Supervision supervision,
            SubmissionMatrix matrices,
            UnitDirectory directory,
            CurrentResults current,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.catalog = catalog;
        this.periods = periods;
        this.supervision = supervision;
        this.matrices = matrices;
        this.directory = directory;
        this.current = current;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * @param actor who asks (the submission matrix is the office's and the leaders'), or null for the
     *              public page, which gets no matrix
     * @throws NotFoundException     when there is no such plan, or the period is not the plan's
     * @throws AccessDeniedException when the actor is neither the office nor a leader
     */
    Scope of(Actor actor, DashboardFilter filter) {
        if (actor != null) {
            requireReader(actor);
        }
        // the unit filter selects within a scope: one scope serves every unit of the plan
        ScopeKey key = new ScopeKey(filter.periodId(), filter.regionId(), actor != null);
        return current.cached(filter.planId(), key, () -> readOnly.execute(tx -> compute(actor, filter)));
    }

    /**
     * What a scope depends on beside the plan (see {@link CurrentResults.Key}).
     *
     * @param withMatrix whether it carries the submission matrix (not for the public page)
     */
    private record ScopeKey(Long periodId, Long regionId, boolean withMatrix) {}

    /** The office and leaders read the dashboard (the submission matrix's rule, checked before a kept answer). */
    static void requireReader(Actor actor) {
        if (!actor.isOffice() && !actor.has(Role.LEADER)) {
            throw new AccessDeniedException(actor.username() + " may not read the dashboard");
        }
    }

    private Scope compute(Actor actor, DashboardFilter filter) {
        PlanSummary plan = plan(filter.planId());
        ReportingPeriod period = period(filter);
        LocalDate on = filter.periodId() == null ? supervision.asOf(plan.id()) : supervision.asOf(period);
        Set<Long> regionUnits = filter.regionId() == null
                ? null
                : directory.units(filter.regionId()).stream()
                        .map(ResponsibleUnit::id)
                        .collect(Collectors.toSet());
        SubmissionMatrix.Matrix matrix =
                period == null || actor == null ? null : matrices.of(actor, plan.id(), period.id());
        return new Scope(plan, period, on, supervision.ofPlan(plan.id(), on), regionUnits, matrix);
    }

    /** @return the plan's periods in order */
    List<ReportingPeriod> periods(long planId) {
        return periods.ofPlan(planId).stream()
                .sorted(Comparator.comparing(ReportingPeriod::startsOn))
                .toList();
    }

    /** @return today in the office's time zone */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    private PlanSummary plan(long planId) {
        return catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
    }

    /**
     * The chosen period, else the latest begun by today that the office has opened (a period never opened
     * asked no unit for a report, so a leader's first view would otherwise count every unit 未报送 in it),
     * else the latest begun; null when the plan has none begun.
     */
    ReportingPeriod period(DashboardFilter filter) {
        List<ReportingPeriod> all = periods(filter.planId());
        if (filter.periodId() != null) {
            return all.stream()
                    .filter(p -> p.id() == filter.periodId())
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("error.notFound.period"));
        }
        LocalDate today = today();
        List<ReportingPeriod> begun =
                all.stream().filter(p -> !p.startsOn().isAfter(today)).toList();
        return begun.stream()
                .filter(p -> p.state() != PeriodState.PLANNED)
                .reduce((a, b) -> b)
                .or(() -> begun.stream().reduce((a, b) -> b))
                .orElse(null);
    }
}

package org.greenplan.periods;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.shared.SupervisionInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's writes on a plan's periods: generate the year's periods from the settings, add a custom
 * period, and open, close or reopen one (guarded by {@link PeriodAggregate}, optimistic locking on
 * {@code version}). Every method is one transaction, office-only, audited; closing publishes
 * {@link PeriodClosed}, opening and reopening {@link PeriodOpened}.
 */
@Service
public class PeriodAdministration {
    private final JdbcClient jdbc;
    private final PlanCatalog plans;
    private final ReportingSettingsStore settings;
    private final HolidayCalendars calendars;
    private final AuditTrail auditTrail;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeriodAdministration(
            JdbcClient jdbc,
            PlanCatalog plans,
            ReportingSettingsStore settings,
            HolidayCalendars calendars,
            AuditTrail auditTrail,
            CurrentActor currentActor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.settings = settings;
        this.calendars = calendars;
        this.auditTrail = auditTrail;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return the plan year's periods as the settings cut them, with due dates, nothing stored
     * @throws PeriodRefusal                when the plan has no year
     * @throws UnknownCalendarYearException when the year's notice is not loaded
     */
    @Transactional(readOnly = true)
    public List<PeriodDates> preview(long planId) {
        return new PeriodSchedule(settings.of(planId), calendars.current()).year(planYear(planId));
    }

    /**
     * Stores the plan year's periods: new labels are inserted, PLANNED ones get the recomputed dates,
     * OPEN and CLOSED ones are left as they are.
     *
     * @return how many periods were inserted or updated
     */
    @Transactional
    public int generate(long planId) {
        Office.require(currentActor);
        int written = 0;
        for (PeriodDates dates : preview(planId)) {
            written += store(planId, dates);
        }
        auditTrail.record(
                AuditSubject.of("PLAN", planId),
                "PERIODS_GENERATED",
                org.greenplan.audit.AuditText.of("audit.detail.periodsGenerated", written),
                null);
        // new or moved periods change the plan's reading date and the dashboard's trend
        events.publishEvent(SupervisionInputsChanged.ofPlan(planId));
        return written;
    }

    /**
     * Adds (or, while PLANNED, updates) a period the office enters itself, its due dates computed by the
     * plan's settings.
     *
     * @throws PeriodRefusal when the label is blank or the start is after the end
     */
    @Transactional
    public PeriodDates addCustom(long planId, String label, LocalDate startsOn, LocalDate endsOn) {
        Office.require(currentActor);
        if (label == null || label.isBlank() || startsOn == null || endsOn == null || startsOn.isAfter(endsOn)) {
            throw new PeriodRefusal("periods.refused.customPeriod", String.valueOf(label));
        }
        plans.plan(planId).orElseThrow(() -> new PeriodRefusal("periods.refused.noPlan", String.valueOf(planId)));
        PeriodDates dates =
                new PeriodSchedule(settings.of(planId), calendars.current()).period(label.strip(), startsOn, endsOn);
        store(planId, dates);
        auditTrail.record(AuditSubject.of("PLAN", planId), "PERIOD_ADDED", dates.label(), null);
        events.publishEvent(SupervisionInputsChanged.ofPlan(planId));
        return dates;
    }

    /** Opens a PLANNED period. @throws PeriodRefusal when it is not PLANNED */
    @Transactional
    public void open(long periodId, int version) {
        Actor actor = Office.require(currentActor);
        PeriodAggregate period = load(periodId, version);
        PeriodOpened opened = period.open(actor.displayName(), clock.instant());
        save(period);
        auditTrail.record(AuditSubject.of("REPORTING_PERIOD", periodId), "PERIOD_OPENED", period.label(), null);
        events.publishEvent(opened);
    }

    /** Closes an OPEN period with a reason. @throws PeriodRefusal when not OPEN or without reason */
    @Transactional
    public void close(long periodId, int version, String reason) {
        Actor actor = Office.require(currentActor);
        PeriodAggregate period = load(periodId, version);
        PeriodClosed closed = period.close(actor.displayName(), clock.instant(), reason);
        save(period);
        auditTrail.record(
                AuditSubject.of("REPORTING_PERIOD", periodId), "PERIOD_CLOSED", period.label(), closed.reason());
        events.publishEvent(closed);
    }

    /** Reopens a CLOSED period as a whole, with a reason. @throws PeriodRefusal when not CLOSED or without reason */
    @Transactional
    public void reopen(long periodId, int version, String reason) {
        Actor actor = Office.require(currentActor);
        PeriodAggregate period = load(periodId, version);
        PeriodOpened opened = period.reopen(actor.displayName(), clock.instant(), reason);
        save(period);
        auditTrail.record(
                AuditSubject.of("REPORTING_PERIOD", periodId),
                "PERIOD_REOPENED",
                period.label(),
                opened.reopenReason());
        events.publishEvent(opened);
    }

    /** @return the stored version of a period, for forms */
    @Transactional(readOnly = true)
    public int version(long periodId) {
        return jdbc.sql("select version from reporting_period where id = ?")
                .param(periodId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new PeriodRefusal("periods.refused.noPeriod", String.valueOf(periodId)));
    }

    private int planYear(long planId) {
        PlanSummary plan = plans.plan(planId)
                .orElseThrow(() -> new PeriodRefusal("periods.refused.noPlan", String.valueOf(planId)));
        if (plan.planYear() != null) {
            return plan.planYear();
        }
        if (plan.issuedDate() != null) {
            return plan.issuedDate().getYear();
        }
        throw new PeriodRefusal("periods.refused.noPlanYear", plan.title());
    }

    private int store(long planId, PeriodDates d) {
        return jdbc.sql("""
                insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on, grace_until)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (plan_id, label) do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                    due_on = excluded.due_on, co_unit_due_on = excluded.co_unit_due_on,
                    grace_until = excluded.grace_until, version = reporting_period.version + 1
                where reporting_period.state = 'PLANNED'""")
                .params(planId, d.label(), d.startsOn(), d.endsOn(), d.dueOn(), d.coUnitDueOn(), d.graceUntil())
                .update();
    }

    private PeriodAggregate load(long periodId, int version) {
        PeriodAggregate period = jdbc.sql(
                        "select id, plan_id, label, state, version from reporting_period where id = ? for update")
                .param(periodId)
                .query((rs, i) -> new PeriodAggregate(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        PeriodState.valueOf(rs.getString(4)),
                        rs.getInt(5)))
                .optional()
                .orElseThrow(() -> new PeriodRefusal("periods.refused.noPeriod", String.valueOf(periodId)));
        if (period.version() != version) {
            throw new OptimisticLockingFailureException("reporting period " + periodId + " changed");
        }
        return period;
    }

    private void save(PeriodAggregate p) {
        jdbc.sql("""
                update reporting_period set state = ?, opened_at = coalesce(?, opened_at), opened_by = coalesce(?, opened_by),
                       closed_at = ?, closed_by = ?, close_reason = ?, version = version + 1
                where id = ? and version = ?""")
                .params(
                        p.state().name(),
                        timestamp(p.openedAt()),
                        p.openedBy(),
                        timestamp(p.closedAt()),
                        p.closedBy(),
                        p.closeReason(),
                        p.id(),
                        p.version())
                .update();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}

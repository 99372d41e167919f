package org.greenplan.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.plan.DeadlineLabels;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanStateException;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.HeadingView;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.UnitTaskCount;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.SupervisedTask;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信息公开 — the public page of a plan. The office switches a published plan public or back
 * ({@link #setPublic}, audited as PUBLIC_ON / PUBLIC_OFF on the plan); {@link #view} is the one query the
 * anonymous page reads: tasks, units, statuses (from {@code Supervision}) and approved target values only.
 * Report texts, reasons of statuses, attachments and people's names never reach it. Reading is not
 * transactional: the kept scope is asked for outside any transaction (see {@code shared.ResultCache}).
 */
@Service
public class PublicPlans {
    private final JdbcClient jdbc;
    private final PlanCatalog catalog;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final Labels labels;
    private final DeadlineLabels deadlines;

    PublicPlans(
            JdbcClient jdbc,
            PlanCatalog catalog,
            Scopes scopes,
            AuditTrail audit,
            Clock clock,
            Labels labels,
            DeadlineLabels deadlines) {
        this.labels = labels;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return whether the plan's page is public (false for a plan never switched, or none) */
    public boolean isPublic(long planId) {
        return jdbc.sql("select public from public_plan where plan_id = ?")
                .param(planId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Makes a published plan's page public, or takes it back; recorded in the audit trail when it changes.
     *
     * @throws NotFoundException   when there is no such plan
     * @throws PlanStateException  when making public a plan that is not published
     */
    @Transactional
    public void setPublic(long planId, boolean on) {
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        if (on && !plan.published()) {
            throw new PlanStateException("plan.state.notPublishedPublic", String.valueOf(planId));
        }
        if (isPublic(planId) == on) {
            return;
        }
        jdbc.sql("""
                        insert into public_plan (plan_id, public, changed_at) values (?, ?, ?)
                        on conflict (plan_id) do update set public = excluded.public, changed_at = excluded.changed_at""").params(planId, on, Timestamp.from(clock.instant())).update();
        audit.record(AuditSubject.of("PLAN", planId), on ? "PUBLIC_ON" : "PUBLIC_OFF", null);
    }

    /**
     * @return the public view of a plan that is public and published, or empty (the page answers 404)
     */
    public Optional<PublicPlanView> view(long planId) {
        Optional<PlanSummary> plan = catalog.plan(planId).filter(PlanSummary::published);
        if (plan.isEmpty() || !isPublic(planId)) {
            return Optional.empty();
        }
        Scope scope = scopes.of(null, new DashboardFilter(planId, null, null, null));
        return Optional.of(assemble(plan.get(), scope.supervision()));
    }

    private PublicPlanView assemble(PlanSummary plan, PlanSupervision supervision) {
        Map<Long, String> units =
                catalog.units(plan.id()).stream().collect(Collectors.toMap(UnitTaskCount::unitId, UnitTaskCount::name));
        Map<Long, TaskView> views =
                catalog.tasks(plan.id(), null).stream().collect(Collectors.toMap(TaskView::id, t -> t));
        List<PublicPlanView.Section> sections = new ArrayList<>();
        for (HeadingView h : catalog.headings(plan.id())) {
            if (h.parentId() == null) {
                sections.add(section(h, supervision.ofSection(h.id()), units, views, supervision, plan));
            }
        }
        List<SupervisedTask> loose =
                supervision.tasks().stream().filter(t -> t.sectionId() == null).toList();
        if (!loose.isEmpty()) {
            sections.add(section(null, loose, units, views, supervision, plan));
        }
        return new PublicPlanView(plan, supervision.on(), supervision.counts(), sections);
    }

    private PublicPlanView.Section section(
            HeadingView heading,
            List<SupervisedTask> tasks,
            Map<Long, String> units,
            Map<Long, TaskView> views,
            PlanSupervision supervision,
            PlanSummary plan) {
        List<PublicPlanView.Task> rows = tasks.stream()
                .map(t -> new PublicPlanView.Task(
                        t.number(),
                        t.text(),
                        t.unitIds().stream().map(units::get).toList(),
                        deadlines.of(plan, views.get(t.taskId()), LocaleContextHolder.getLocale()),
                        t.status(),
                        t.targets().stream()
                                .map(v -> PublicPlanView.Value.of(
                                        v, v.target().display(labels.source(), LocaleContextHolder.getLocale())))
                                .toList()))
                .toList();
        return new PublicPlanView.Section(heading == null ? null : heading.label(), rows);
    }
}

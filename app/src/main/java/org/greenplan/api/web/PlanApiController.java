package org.greenplan.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.accounts.Role;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published plans, their tasks and reporting periods. The office and leaders see every published plan
 * and task; a unit sees the plans it has tasks in, and only its own tasks. Unknown or unpublished plans
 * answer 404, a plan the unit has no task in 403.
 */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans", description = "Published plans, their tasks and reporting periods")
class PlanApiController {
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final CurrentActor current;

    PlanApiController(PlanCatalog catalog, ReportingPeriods periods, CurrentActor current) {
        this.catalog = catalog;
        this.periods = periods;
        this.current = current;
    }

    @GetMapping
    @Operation(summary = "Published plans the caller may see")
    List<PlanJson.Plan> plans() {
        Actor actor = current.require();
        return catalog.plans().stream()
                .filter(PlanSummary::published)
                .filter(p -> seesAll(actor) || hasTasks(actor, p.id()))
                .map(PlanJson.Plan::of)
                .toList();
    }

    @GetMapping("/{planId}")
    @Operation(summary = "One published plan")
    PlanJson.Plan plan(@PathVariable long planId) {
        return PlanJson.Plan.of(visible(current.require(), planId));
    }

    @GetMapping("/{planId}/tasks")
    @Operation(summary = "The plan's tasks (a unit: only its own) with units and targets")
    List<PlanJson.Task> tasks(@PathVariable long planId) {
        Actor actor = current.require();
        visible(actor, planId);
        return catalog.tasks(planId, seesAll(actor) ? null : actor.unitId()).stream()
                .map(PlanJson.Task::of)
                .toList();
    }

    @GetMapping("/{planId}/periods")
    @Operation(summary = "The plan's reporting periods with due dates and locks")
    List<PlanJson.Period> periods(@PathVariable long planId) {
        visible(current.require(), planId);
        return periods.ofPlan(planId).stream().map(PlanJson.Period::of).toList();
    }

    private PlanSummary visible(Actor actor, long planId) {
        PlanSummary plan =
                catalog.plan(planId).filter(PlanSummary::published).orElseThrow(() -> NotFoundException.plan(planId));
        if (!seesAll(actor) && !hasTasks(actor, planId)) {
            throw new AccessDeniedException(actor.username() + " has no task in plan " + planId);
        }
        return plan;
    }

    private static boolean seesAll(Actor actor) {
        return actor.isOffice() || actor.has(Role.LEADER);
    }

    private boolean hasTasks(Actor actor, long planId) {
        return actor.unitId() != null && !catalog.tasks(planId, actor.unitId()).isEmpty();
    }
}

package org.greenplan.api.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;

/** The JSON shapes of plans, tasks and periods. */
final class PlanJson {
    private PlanJson() {}

    /** A published plan: title, year, issuer, 文号, task count and when it was published. */
    record Plan(
            long id,
            String title,
            Integer planYear,
            String issuer,
            LocalDate issuedDate,
            String documentNumber,
            int taskCount,
            Instant publishedAt) {
        static Plan of(PlanSummary p) {
            return new Plan(
                    p.id(),
                    p.title(),
                    p.planYear(),
                    p.issuer(),
                    p.issuedDate(),
                    p.documentNumber(),
                    p.taskCount(),
                    p.publishedAt());
        }
    }

    /**
     * A task with its printed number, text, deadline (null when open-ended, with the phrase as printed),
     * responsible units and targets.
     */
    record Task(
            long id,
            String number,
            List<String> path,
            String text,
            LocalDate deadline,
            String deadlinePhrase,
            List<Unit> units,
            List<Target> targets) {
        static Task of(TaskView t) {
            return new Task(
                    t.id(),
                    t.number(),
                    t.path(),
                    t.text(),
                    t.deadline(),
                    t.deadlinePhrase(),
                    t.units().stream().map(Unit::of).toList(),
                    t.targets().stream().map(Target::of).toList());
        }
    }

    /** A responsible unit of a task; role is LEAD, CO or RESPONSIBLE. */
    record Unit(long unitId, String name, String role) {
        static Unit of(AssignedUnit u) {
            return new Unit(u.unitId(), u.name(), u.role());
        }
    }

    /**
     * A target: comparator as the enum name (AT_LEAST …), value and upperValue in the canonical unit
     * ({@code %}, {@code pp}, {@code kW}, {@code 家} …), phrase as printed.
     */
    record Target(
            long id,
            String indicator,
            String comparator,
            BigDecimal value,
            BigDecimal upperValue,
            String unit,
            String phrase) {
        static Target of(TargetView t) {
            return new Target(
                    t.id(),
                    t.indicator(),
                    t.comparator() == null ? null : t.comparator().name(),
                    t.value(),
                    t.upperValue(),
                    t.unit(),
                    t.phrase());
        }
    }

    /** A reporting period with its due dates (lead units, co-units, end of grace) and, when closed, the lock. */
    record Period(
            long id,
            String label,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate dueOn,
            LocalDate coUnitDueOn,
            LocalDate graceUntil,
            String state,
            Instant closedAt,
            String closedBy,
            String closeReason) {
        static Period of(ReportingPeriod p) {
            return new Period(
                    p.id(),
                    p.label(),
                    p.startsOn(),
                    p.endsOn(),
                    p.dueOn(),
                    p.coUnitDueOn(),
                    p.graceUntil(),
                    String.valueOf(p.state()),
                    p.closedAt(),
                    p.closedBy(),
                    p.closeReason());
        }
    }
}

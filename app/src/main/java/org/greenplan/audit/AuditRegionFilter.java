package org.greenplan.audit;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The SQL condition that keeps a county or district office's reading of the trail to its region: a row is
 * shown when the office itself acted or is its subject (entity USER), when it names a task of a plan of the
 * region ({@code task_id}), a unit of the region ({@code unit_id}, also a unit acted for), or when its subject
 * is a plan of the region or one of a plan's own things that carry no task (periods, settings, assessment
 * rounds and rules, briefings and their schedules, 催办单). City-wide rows (the region tree, the calendar, the
 * briefing template, global reminder settings) and other regions' rows are not shown.
 */
@Component
class AuditRegionFilter {
    /** Subjects whose {@code entity_id} is the plan's id. */
    private static final String PLAN_SUBJECTS =
            "'PLAN', 'REPORTING_SETTINGS', 'SUPERVISION_SETTINGS', 'ASSESSMENT_RULES', 'REMINDER_SETTINGS'";

    /** Subjects whose {@code entity_id} is a row of a table with a {@code plan_id}, by entity. */
    private static final java.util.Map<String, String> PLAN_TABLES = java.util.Map.of(
            "REPORTING_PERIOD", "reporting_period",
            "ASSESSMENT_ROUND", "assessment_round",
            "BRIEFING", "briefing",
            "BRIEFING_SCHEDULE", "briefing_schedule",
            "URGING", "urging");

    private final ObjectProvider<AuditReaderScope> scope;
    private final CurrentActor actor;

    AuditRegionFilter(ObjectProvider<AuditReaderScope> scope, CurrentActor actor) {
        this.scope = scope;
        this.actor = actor;
    }

    /** @return the condition on {@code audit_event e} for the current reader, or empty when it reads every row */
    Optional<String> condition() {
        AuditReaderScope reader = scope.getIfAvailable();
        Optional<Set<Long>> regions = reader == null ? Optional.empty() : reader.visibleRegionIds();
        return regions.map(r -> sql(r, actor.find().map(Actor::userId).orElse(-1L)));
    }

    private static String sql(Set<Long> regions, long me) {
        // numbers only (region and user ids), so they are written into the statement
        String in = regions.isEmpty()
                ? "(-1)"
                : regions.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        String plans = "(select p.id from plan p where p.region_id in " + in + ")";
        StringBuilder sql = new StringBuilder("(e.actor_user_id = " + me)
                .append(" or (e.entity = 'USER' and e.entity_id = ")
                .append(me)
                .append(")")
                .append(" or e.task_id in (select t.id from task t where t.plan_id in ")
                .append(plans)
                .append(")")
                .append(" or e.unit_id in (select u.id from responsible_unit u where u.region_id in ")
                .append(in)
                .append(")")
                .append(" or e.acting_as_unit_id in (select u.id from responsible_unit u where u.region_id in ")
                .append(in)
                .append(")")
                .append(" or (e.entity in (" + PLAN_SUBJECTS + ") and e.entity_id in " + plans + ")");
        PLAN_TABLES.forEach((entity, table) -> sql.append(" or (e.entity = '")
                .append(entity)
                .append("' and e.entity_id in (select x.id from ")
                .append(table)
                .append(" x where x.plan_id in ")
                .append(plans)
                .append("))"));
        return sql.append(")").toString();
    }
}

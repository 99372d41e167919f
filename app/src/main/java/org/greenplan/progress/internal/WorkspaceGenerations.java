package org.greenplan.progress.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The numbers a unit's kept workspace answer ({@code /my}) is valid under: the generation of every plan naming
 * the unit, whether the unit acknowledged (签收) each of them, and the unit's own generation. Each only grows
 * and is raised in the transaction of the change it stands for, so a node that reads them before answering
 * never shows an answer older than the database, whichever node made the change (tables of V124).
 */
@Component
public class WorkspaceGenerations {
    private static final Object RAISED = new Object();
    private final JdbcClient jdbc;

    WorkspaceGenerations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One indexed statement: the plans naming the unit (drafts included, so a plan newly naming it changes the
     * text) each as {@code planId:generation:acknowledged}, then {@code /} and the unit's generation. The task of
     * each of the unit's assignments is looked up by its key ({@code offset 0} keeps the planner from joining the
     * whole task table instead: a seq scan of 2,880 tasks on the province data for the unit's 54 assignments).
     *
     * @return the text naming the current state of everything the unit's workspace is computed from
     */
    public String of(long unitId) {
        return jdbc.sql("""
                        select coalesce(string_agg(p.plan_id || ':' || coalesce(g.generation, 0) || ':'
                                   || case when k.plan_id is null then 0 else 1 end, ',' order by p.plan_id), '')
                               || '/' || coalesce((select u.generation from unit_workspace_unit_generation u
                                                   where u.unit_id = ?), 0)
                        from (select distinct t.plan_id from assignment a
                              cross join lateral (select plan_id from task where task.id = a.task_id offset 0) t
                              where a.unit_id = ?) p
                        left join unit_workspace_plan_generation g on g.plan_id = p.plan_id
                        left join plan_acknowledgement k on k.plan_id = p.plan_id and k.unit_id = ?""").params(unitId, unitId, unitId).query(String.class).single();
    }

    /** Raises the plan's generation: every unit it names computes its workspace again. */
    public void planChanged(long planId) {
        jdbc.sql("""
                        insert into unit_workspace_plan_generation (plan_id, generation) values (?, 1)
                        on conflict (plan_id) do update set generation = unit_workspace_plan_generation.generation + 1""").param(planId).update();
    }

    /** Raises the generation of each plan, in plan order (two writers never wait for each other in a cycle). */
    public void plansChanged(Collection<Long> planIds) {
        new TreeSet<>(planIds).forEach(this::planChanged);
    }

    /** Raises every plan's generation (the calendar, a unit merged into another). */
    public void everyPlanChanged() {
        jdbc.sql("""
                        insert into unit_workspace_plan_generation (plan_id, generation) select id, 1 from plan
                        on conflict (plan_id) do update set generation = unit_workspace_plan_generation.generation + 1""").update();
    }

    /**
     * Raises the unit's own generation: one of its reports changed (only its workspace shows it). Once per
     * transaction and unit (a new report's insert and its submission in one transaction raise it once): readers
     * see the generation with every change of the transaction at its commit.
     */
    public void unitChanged(long unitId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !raisedInThisTransaction().add(unitId)) {
            return;
        }
        jdbc.sql("""
                        insert into unit_workspace_unit_generation (unit_id, generation) values (?, 1)
                        on conflict (unit_id) do update set generation = unit_workspace_unit_generation.generation + 1""").param(unitId).update();
    }

    /** The units whose generation this transaction raised, forgotten when it completes. */
    @SuppressWarnings("unchecked")
    private static Set<Long> raisedInThisTransaction() {
        Set<Long> raised = (Set<Long>) TransactionSynchronizationManager.getResource(RAISED);
        if (raised == null) {
            Set<Long> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(RAISED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // a transaction started inside this one (REQUIRES_NEW) keeps its own set
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RAISED);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(RAISED, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RAISED);
                }
            });
            return fresh;
        }
        return raised;
    }
}

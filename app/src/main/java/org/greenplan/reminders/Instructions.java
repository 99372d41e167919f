package org.greenplan.reminders;

import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.notifications.Audience;
import org.greenplan.notifications.Notice;
import org.greenplan.notifications.NoticeText;
import org.greenplan.notifications.Notifications;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批示: a LEADER writes a comment on a task; it is shown on the task page and sent to the task's responsible
 * units (in-app, e-mail, SMS). Units read the 批示 on their own tasks only.
 */
@Service
@Transactional(readOnly = true)
public class Instructions {
    /** The longest 批示 accepted, in characters. */
    public static final int MAX_LENGTH = 2000;

    private static final String SELECT = """
            select i.id, i.plan_id, i.task_id, t.number, i.author_name, i.text, i.created_at
            from instruction i join task t on t.id = i.task_id""";
    private final JdbcClient jdbc;
    private final PlanCatalog plans;
    private final Notifications notifications;
    private final AuditTrail audit;

    Instructions(JdbcClient jdbc, PlanCatalog plans, Notifications notifications, AuditTrail audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.notifications = notifications;
        this.audit = audit;
    }

    /**
     * Stores a 批示 and notifies each responsible unit of the task.
     *
     * @return the new 批示's id
     * @throws AccessDeniedException      unless the actor is a LEADER
     * @throws NotFoundException          when the task is not in the plan
     * @throws InstructionInvalidException when the text is blank or longer than {@link #MAX_LENGTH}
     */
    @Transactional
    public long write(Actor actor, long planId, long taskId, String text) {
        if (!actor.has(Role.LEADER)) {
            throw new AccessDeniedException(actor.username() + " is not a leader");
        }
        TaskView task = plans.task(planId, taskId).orElseThrow(() -> new NotFoundException("error.notFound.task"));
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
            throw new InstructionInvalidException(MAX_LENGTH);
        }
        long id = jdbc.sql("""
                        insert into instruction (plan_id, task_id, author_user_id, author_name, text)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(planId, taskId, actor.userId(), actor.displayName(), clean)
                .query(Long.class)
                .single();
        audit.record(new AuditSubject("INSTRUCTION", id, taskId, null), "CREATE", clean);
        NoticeText subject = NoticeText.of("reminders.instruction.subject", actor.displayName(), task.number());
        NoticeText body = NoticeText.of("reminders.instruction.body", task.number(), task.text(), clean);
        task.units().stream()
                .map(AssignedUnit::unitId)
                .distinct()
                .forEach(unit -> notifications.send(Notice.toUnit(
                        "INSTRUCTION", subject, body, "/my/instructions", planId, unit, Audience.UNIT_USERS)));
        return id;
    }

    /** @return the task's 批示, newest first (office and leaders read them on the task page) */
    public List<Instruction> ofTask(long planId, long taskId) {
        return jdbc.sql(SELECT + " where i.plan_id = ? and i.task_id = ? order by i.created_at desc, i.id desc")
                .params(planId, taskId)
                .query(Instructions::map)
                .list();
    }

    /**
     * One statement, run without a transaction of its own (the unit's workspace asks it on every view).
     *
     * @return the 批示 on tasks naming the unit, newest first
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Instruction> ofUnit(long unitId, int limit) {
        return jdbc.sql(SELECT + """
                         where exists (select 1 from assignment a where a.task_id = i.task_id and a.unit_id = ?)
                        order by i.created_at desc, i.id desc limit ?""")
                .params(unitId, limit)
                .query(Instructions::map)
                .list();
    }

    private static Instruction map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Instruction(
                row.getLong("id"),
                row.getLong("plan_id"),
                row.getLong("task_id"),
                row.getString("number"),
                row.getString("author_name"),
                row.getString("text"),
                row.getTimestamp("created_at").toInstant());
    }
}

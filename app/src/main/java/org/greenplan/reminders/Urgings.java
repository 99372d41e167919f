package org.greenplan.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.notifications.Audience;
import org.greenplan.notifications.Notice;
import org.greenplan.notifications.NoticeText;
import org.greenplan.notifications.Notifications;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: the office urges units about a task (all its responsible units, or those chosen) or about their work in
 * a plan, with a message. Each urging gets the next number of its year — 催办〔2022〕第3号 — from a counter row
 * updated in the issuing transaction, so numbers have no gaps (a failed issue rolls its number back) and two
 * offices issuing at once get different numbers. The units are notified (in-app, e-mail, SMS; the group robots
 * once) after the urging is stored.
 */
@Service
@Transactional(readOnly = true)
public class Urgings {
    /** The longest message accepted, in characters. */
    public static final int MAX_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final PlanCatalog plans;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final UrgingReader reader;

    Urgings(
            JdbcClient jdbc,
            PlanCatalog plans,
            Notifications notifications,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.reader = new UrgingReader(jdbc);
    }

    /**
     * Issues a 催办单.
     *
     * @param taskId  the task, or null to urge the units about the plan in general
     * @param unitIds the units; empty with a task means all the task's units
     * @return the stored urging with its number
     * @throws AccessDeniedException       unless the office
     * @throws NotFoundException           when the plan or task does not exist
     * @throws UrgingUnitsException       when no unit is named (none with a task means all its units), or, with a
     *                                     task, a unit not responsible for it, or, without one, a unit not in the plan
     * @throws InstructionInvalidException when the message is blank or too long
     */
    @Transactional
    public Urging issue(Actor actor, long planId, Long taskId, List<Long> unitIds, String message, LocalDate replyBy) {
        if (!actor.isOffice()) {
            throw new AccessDeniedException(actor.username() + " is not the office");
        }
        plans.plan(planId).orElseThrow(() -> new NotFoundException("error.notFound.plan", planId));
        TaskView task = taskId == null
                ? null
                : plans.task(planId, taskId).orElseThrow(() -> new NotFoundException("error.notFound.task"));
        Set<Long> units = units(planId, task, unitIds);
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InstructionInvalidException(MAX_LENGTH);
        }
        int year = LocalDate.now(clock).getYear();
        int number = nextNumber(year);
        long id = jdbc.sql("""
                        insert into urging (year, number, plan_id, task_id, message, reply_by, issued_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(year, number, planId, taskId, text, replyBy, actor.displayName())
                .query(Long.class)
                .single();
        int position = 0;
        for (long unit : units) {
            jdbc.sql("insert into urging_unit (urging_id, unit_id, position) values (?, ?, ?)")
                    .params(id, unit, position++)
                    .update();
        }
        Urging urging = find(id);
        audit.record(new AuditSubject("URGING", id, taskId, null), "ISSUE", numberText(urging), text);
        notifyUnits(urging, units);
        return urging;
    }

    /** @return the urgings, newest first */
    public List<Urging> all() {
        return reader.all();
    }

    /**
     * @return the urgings naming the actor's unit, newest first
     * @throws AccessDeniedException when the actor speaks for no unit
     */
    public List<Urging> ofUnit(Actor actor) {
        if (actor.unitId() == null) {
            throw new AccessDeniedException(actor.username() + " speaks for no unit");
        }
        return reader.ofUnit(actor.unitId());
    }

    /**
     * @return the urging, if the actor is the office or speaks for a unit it names
     * @throws NotFoundException when there is no such urging, or it does not name the actor's unit
     */
    public Urging readable(Actor actor, long urgingId) {
        if (actor.isOffice()) {
            return find(urgingId);
        }
        return ofUnit(actor).stream()
                .filter(u -> u.id() == urgingId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /** @throws NotFoundException when there is no such urging */
    public Urging find(long urgingId) {
        return reader.find(urgingId).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /** @return the printed number, e.g. 催办〔2022〕第3号 */
    public String numberText(Urging urging) {
        return messages.getMessage(
                "reminders.urging.number", new Object[] {urging.year(), urging.number()}, Locale.SIMPLIFIED_CHINESE);
    }

    private int nextNumber(int year) {
        return jdbc.sql("""
                        insert into urging_counter (year, last_number) values (?, 1)
                        on conflict (year) do update set last_number = urging_counter.last_number + 1
                        returning last_number""").param(year).query(Integer.class).single();
    }

    private Set<Long> units(long planId, TaskView task, List<Long> chosen) {
        Set<Long> allowed = new LinkedHashSet<>();
        if (task != null) {
            task.units().forEach(u -> allowed.add(u.unitId()));
        } else {
            plans.units(planId).forEach(u -> allowed.add(u.unitId()));
        }
        Set<Long> units = new LinkedHashSet<>(chosen == null || chosen.isEmpty() ? List.of() : chosen);
        if (units.isEmpty() && task != null) {
            units.addAll(allowed);
        }
        if (units.isEmpty() || !allowed.containsAll(units)) {
            throw new UrgingUnitsException(task != null);
        }
        return units;
    }

    private void notifyUnits(Urging urging, Set<Long> units) {
        NoticeText subject = NoticeText.of(
                "reminders.urging.subject", NoticeText.of("reminders.urging.number", urging.year(), urging.number()));
        List<NoticeText> lines = new ArrayList<>();
        if (urging.taskId() != null) {
            lines.add(NoticeText.of("reminders.urging.about", urging.taskNumber(), urging.taskText()));
        }
        lines.add(NoticeText.verbatim(urging.message()));
        if (urging.replyBy() != null) {
            lines.add(NoticeText.of("reminders.urging.replyBy", urging.replyBy()));
        }
        NoticeText body = NoticeText.lines(lines.toArray(NoticeText[]::new));
        for (long unit : units) {
            notifications.send(
                    Notice.toUnit("URGING", subject, body, "/my/urgings", urging.planId(), unit, Audience.UNIT_USERS));
        }
        notifications.send(Notice.toGroups(
                "URGING",
                subject,
                NoticeText.lines(NoticeText.verbatim(String.join("、", urging.unitNames())), body),
                urging.planId()));
    }
}

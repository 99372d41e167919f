package org.greenplan.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenplan.notifications.Audience;
import org.greenplan.notifications.Notice;
import org.greenplan.notifications.NoticeText;
import org.greenplan.notifications.Notifications;
import org.greenplan.periods.HolidayCalendars;
import org.greenplan.periods.PeriodState;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.periods.UnknownCalendarYearException;
import org.greenplan.periods.WorkingDayCalendar;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The daily reminder run (催报). For every open period of every published plan and every unit still missing a
 * report (not submitted), on a working day:
 * <ul>
 *   <li>{@link ReminderKind#ESCALATION} once, when the unit is {@code escalateAfter} (M) or more working days
 *       past its due date: to its UNIT_LEADER users and contact person;</li>
 *   <li>else {@link ReminderKind#OVERDUE} once, when the due date has passed;</li>
 *   <li>else {@link ReminderKind#DUE_SOON} once, when the due date is at most {@code daysBefore} (N) working days
 *       away.</li>
 * </ul>
 * A unit gets at most {@code maxPerUnitDay} reminders a day over all plans. Each reminder is claimed by
 * inserting its row with the unique key (plan, period, unit, kind, day) before anything is sent, so two nodes
 * or two runs never send one twice. Texts are message keys: the inbox shows them in the reader's language, e-mail,
 * SMS and robots carry the office's Chinese. Each plan's new reminders of a run are also posted as one message to
 * the group robots.
 */
@Service
public class Reminders {
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private final PlanCatalog plans;
    private final ReportingPeriods periods;
    private final HolidayCalendars calendars;
    private final MissingReports missing;
    private final ReminderSettingsStore settings;
    private final ReminderLedger ledger;
    private final Notifications notifications;

    Reminders(
            PlanCatalog plans,
            ReportingPeriods periods,
            HolidayCalendars calendars,
            MissingReports missing,
            ReminderSettingsStore settings,
            ReminderLedger ledger,
            Notifications notifications) {
        this.plans = plans;
        this.periods = periods;
        this.calendars = calendars;
        this.missing = missing;
        this.settings = settings;
        this.ledger = ledger;
        this.notifications = notifications;
    }

    /**
     * Sends the reminders due on {@code today}.
     *
     * @return the reminders this run sent (none on a rest day, or when the calendar does not know the year)
     */
    public List<ReminderEntry> sendDue(LocalDate today) {
        WorkingDayCalendar calendar = calendars.current();
        if (!calendar.knows(today.getYear())) {
            log.warn("Reminders not sent: the working-day calendar does not know {}", today.getYear());
            return List.of();
        }
        if (!calendar.isWorkingDay(today)) {
            return List.of();
        }
        List<ReminderEntry> sent = new ArrayList<>();
        for (PlanSummary plan : plans.plans()) {
            ReminderSettings rules = settings.effective(plan.id());
            if (!plan.published() || !rules.enabled()) {
                continue;
            }
            for (ReportingPeriod period : periods.ofPlan(plan.id())) {
                if (period.state() == PeriodState.OPEN) {
                    sent.addAll(remindPeriod(plan, period, rules, calendar, today));
                }
            }
        }
        return sent;
    }

    private List<ReminderEntry> remindPeriod(
            PlanSummary plan,
            ReportingPeriod period,
            ReminderSettings rules,
            WorkingDayCalendar calendar,
            LocalDate today) {
        List<ReminderEntry> sent = new ArrayList<>();
        List<NoticeText> digest = new ArrayList<>();
        for (UnitDue unit : missing.of(plan.id(), period.id())) {
            try {
                Optional<ReminderKind> kind = kindFor(plan.id(), period.id(), unit, rules, calendar, today);
                if (kind.isEmpty() || ledger.countOn(unit.unitId(), today) >= rules.maxPerUnitDay()) {
                    continue;
                }
                Optional<Long> claimed = ledger.claim(plan.id(), period.id(), unit, kind.get(), today);
                if (claimed.isPresent()) {
                    int overdue = overdueDays(calendar, unit.dueOn(), today);
                    long messageId = notifications.send(notice(plan, period, unit, kind.get(), overdue));
                    ledger.attach(claimed.get(), messageId);
                    digest.add(NoticeText.of(
                            "reminders.digest.line",
                            unit.unitName(),
                            unit.taskLines().size(),
                            unit.dueOn(),
                            NoticeText.of("reminders.kind." + kind.get())));
                    sent.add(new ReminderEntry(
                            claimed.get(),
                            plan.id(),
                            period.label(),
                            unit.unitName(),
                            kind.get(),
                            today,
                            unit.dueOn(),
                            unit.taskLines().size(),
                            messageId,
                            java.time.Instant.now()));
                }
            } catch (UnknownCalendarYearException e) {
                log.warn("Reminder for unit {} in period {} not sent: {}", unit.unitId(), period.id(), e.getMessage());
            }
        }
        if (!digest.isEmpty()) {
            notifications.send(Notice.toGroups(
                    "REMINDER_DIGEST",
                    NoticeText.of(
                            "reminders.digest.subject", plan.title(), NoticeText.period(period.label()), digest.size()),
                    NoticeText.lines(digest.toArray(NoticeText[]::new)),
                    plan.id()));
        }
        return sent;
    }

    /** @return the kind to send today, if any is due and not yet sent for (plan, period, unit) */
    Optional<ReminderKind> kindFor(
            long planId,
            long periodId,
            UnitDue unit,
            ReminderSettings rules,
            WorkingDayCalendar calendar,
            LocalDate today) {
        if (today.isAfter(unit.dueOn())) {
            if (overdueDays(calendar, unit.dueOn(), today) >= rules.escalateAfter()
                    && !ledger.sent(planId, periodId, unit.unitId(), ReminderKind.ESCALATION)) {
                return Optional.of(ReminderKind.ESCALATION);
            }
            boolean anyOverdue = ledger.sent(planId, periodId, unit.unitId(), ReminderKind.OVERDUE)
                    || ledger.sent(planId, periodId, unit.unitId(), ReminderKind.ESCALATION);
            return anyOverdue ? Optional.empty() : Optional.of(ReminderKind.OVERDUE);
        }
        boolean soon = calendar.workingDaysBetween(today, unit.dueOn()) <= rules.daysBefore();
        return soon && !ledger.sent(planId, periodId, unit.unitId(), ReminderKind.DUE_SOON)
                ? Optional.of(ReminderKind.DUE_SOON)
                : Optional.empty();
    }

    /** @return the working days d with {@code due < d <= today} */
    static int overdueDays(WorkingDayCalendar calendar, LocalDate due, LocalDate today) {
        return today.isAfter(due) ? calendar.workingDaysBetween(due.plusDays(1), today.plusDays(1)) : 0;
    }

    private Notice notice(PlanSummary plan, ReportingPeriod period, UnitDue unit, ReminderKind kind, int overdue) {
        NoticeText periodName = NoticeText.period(period.label());
        NoticeText subject = NoticeText.of("reminders.notice.subject." + kind, plan.title(), periodName, unit.dueOn());
        NoticeText body = NoticeText.lines(
                NoticeText.of(
                        "reminders.notice.body." + kind,
                        unit.unitName(),
                        periodName,
                        unit.dueOn(),
                        overdue,
                        unit.taskLines().size()),
                NoticeText.verbatim(String.join("\n", unit.taskLines())));
        Audience audience = kind == ReminderKind.ESCALATION ? Audience.UNIT_LEADERS : Audience.UNIT_USERS;
        return Notice.toUnit(
                "REMINDER_" + kind, subject, body, "/my/periods/" + period.id(), plan.id(), unit.unitId(), audience);
    }
}

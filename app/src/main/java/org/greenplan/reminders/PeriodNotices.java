package org.greenplan.reminders;

import java.util.Locale;
import org.greenplan.notifications.Notice;
import org.greenplan.notifications.Notifications;
import org.greenplan.periods.PeriodClosed;
import org.greenplan.periods.PeriodOpened;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.UnitTaskCount;
import org.greenplan.shared.Sentences;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every unit of a plan in its inbox when one of the plan's periods is opened (or reopened, with the
 * reason) or closed, once the office's change has committed.
 */
@Component
class PeriodNotices {
    private final PlanCatalog plans;
    private final Notifications notifications;
    private final MessageSource messages;

    PeriodNotices(PlanCatalog plans, Notifications notifications, MessageSource messages) {
        this.plans = plans;
        this.notifications = notifications;
        this.messages = messages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PeriodOpened opened) {
        String reason =
                opened.reopenReason() == null ? "" : text("reminders.period.reopenReason", opened.reopenReason());
        notifyUnits(
                opened.planId(),
                opened.periodId(),
                "PERIOD_OPENED",
                text("reminders.period.opened.subject", opened.label()),
                text("reminders.period.opened.body", opened.label(), opened.openedBy()) + reason);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PeriodClosed closed) {
        notifyUnits(
                closed.planId(),
                closed.periodId(),
                "PERIOD_CLOSED",
                text("reminders.period.closed.subject", closed.label()),
                text(
                        "reminders.period.closed.body",
                        closed.label(),
                        closed.closedBy(),
                        Sentences.clause(closed.reason())));
    }

    private void notifyUnits(long planId, long periodId, String kind, String subject, String body) {
        String title = plans.plan(planId).map(p -> p.title()).orElse("");
        for (UnitTaskCount unit : plans.units(planId)) {
            notifications.send(Notice.inAppOnly(
                    kind, subject, title + "\n" + body, "/my/periods/" + periodId, planId, unit.unitId()));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}

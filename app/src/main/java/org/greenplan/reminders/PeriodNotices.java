package org.greenplan.reminders;

import org.greenplan.notifications.Notice;
import org.greenplan.notifications.NoticeText;
import org.greenplan.notifications.Notifications;
import org.greenplan.periods.PeriodClosed;
import org.greenplan.periods.PeriodOpened;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.UnitTaskCount;
import org.greenplan.shared.Sentences;
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

    PeriodNotices(PlanCatalog plans, Notifications notifications) {
        this.plans = plans;
        this.notifications = notifications;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PeriodOpened opened) {
        NoticeText period = NoticeText.period(opened.label());
        NoticeText body = NoticeText.of("reminders.period.opened.body", period, opened.openedBy());
        notifyUnits(
                opened.planId(),
                opened.periodId(),
                "PERIOD_OPENED",
                NoticeText.of("reminders.period.opened.subject", period),
                opened.reopenReason() == null
                        ? body
                        : body.then(NoticeText.of("reminders.period.reopenReason", opened.reopenReason())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PeriodClosed closed) {
        NoticeText period = NoticeText.period(closed.label());
        notifyUnits(
                closed.planId(),
                closed.periodId(),
                "PERIOD_CLOSED",
                NoticeText.of("reminders.period.closed.subject", period),
                NoticeText.of(
                        "reminders.period.closed.body", period, closed.closedBy(), Sentences.clause(closed.reason())));
    }

    private void notifyUnits(long planId, long periodId, String kind, NoticeText subject, NoticeText body) {
        NoticeText title =
                NoticeText.verbatim(plans.plan(planId).map(p -> p.title()).orElse(""));
        for (UnitTaskCount unit : plans.units(planId)) {
            notifications.send(Notice.inAppOnly(
                    kind, subject, NoticeText.lines(title, body), "/my/periods/" + periodId, planId, unit.unitId()));
        }
    }
}

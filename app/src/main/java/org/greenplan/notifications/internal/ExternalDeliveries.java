package org.greenplan.notifications.internal;

import java.util.List;
import org.greenplan.notifications.Channel;
import org.greenplan.notifications.DeliveryStatus;
import org.greenplan.notifications.Notice;
import org.greenplan.notifications.Notifications.NoticeStored;
import org.greenplan.notifications.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers a stored notice by e-mail, webhook and SMS once the transaction that stored it has committed
 * (at once when there was none), in the office's language ({@link NoticeRenderer#OFFICE}). One failing address or
 * robot does not stop the others; each attempt is logged in its own transaction.
 */
@Component
class ExternalDeliveries {
    private static final Logger log = LoggerFactory.getLogger(ExternalDeliveries.class);
    private final Recipients recipients;
    private final NoticeStore store;
    private final MailChannel mail;
    private final WebhookChannel webhooks;
    private final SmsGateway sms;
    private final NoticeRenderer renderer;
    private final TransactionTemplate newTransaction;

    ExternalDeliveries(
            Recipients recipients,
            NoticeStore store,
            MailChannel mail,
            WebhookChannel webhooks,
            SmsGateway sms,
            NoticeRenderer renderer,
            PlatformTransactionManager transactions) {
        this.recipients = recipients;
        this.store = store;
        this.mail = mail;
        this.webhooks = webhooks;
        this.sms = sms;
        this.renderer = renderer;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void deliver(NoticeStored stored) {
        Notice notice = stored.notice();
        NoticeRenderer.Rendered office = renderer.render(notice, NoticeRenderer.OFFICE);
        String text = office.subject() + "\n\n" + office.body();
        List<Recipient> people =
                notice.unitId() == null ? List.of() : recipients.of(notice.unitId(), notice.audience());
        if (notice.channels().contains(Channel.EMAIL)) {
            email(stored.messageId(), office, people);
        }
        if (notice.channels().contains(Channel.SMS)) {
            people.stream()
                    .filter(p -> p.mobile() != null)
                    .forEach(p ->
                            attempt(stored.messageId(), Channel.SMS, p.mobile(), () -> sms.send(p.mobile(), text)));
        }
        if (notice.channels().contains(Channel.WEBHOOK)) {
            for (WebhookProperties.Robot robot : webhooks.robots()) {
                attempt(stored.messageId(), Channel.WEBHOOK, robot.host(), () -> webhooks.post(robot, text));
            }
        }
    }

    private void email(long messageId, NoticeRenderer.Rendered office, List<Recipient> people) {
        List<String> addresses = people.stream()
                .map(Recipient::email)
                .filter(e -> e != null)
                .distinct()
                .toList();
        for (String address : addresses) {
            if (!mail.configured()) {
                log.info("Mail is not configured (spring.mail.host): notice {} not e-mailed to {}", messageId, address);
                record(messageId, Channel.EMAIL, address, DeliveryStatus.SKIPPED, "spring.mail.host not set");
                continue;
            }
            attempt(messageId, Channel.EMAIL, address, () -> mail.send(address, office.subject(), office.body()));
        }
    }

    private void attempt(long messageId, Channel channel, String recipient, Attempt attempt) {
        try {
            record(messageId, channel, recipient, attempt.run(), null);
        } catch (RuntimeException e) {
            log.warn("Notice {} by {} to {} failed: {}", messageId, channel, recipient, e.toString());
            record(messageId, channel, recipient, DeliveryStatus.FAILED, e.getMessage());
        }
    }

    private void record(long messageId, Channel channel, String recipient, DeliveryStatus status, String detail) {
        newTransaction.executeWithoutResult(t -> store.log(messageId, channel, recipient, status, detail));
    }

    @FunctionalInterface
    interface Attempt {
        DeliveryStatus run();
    }
}

package org.greenplan.notifications;

import java.util.List;
import org.greenplan.notifications.internal.NoticeStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices. The message and its in-app copies (one per recipient user) are stored in the caller's
 * transaction, so they exist exactly when the caller's change does; e-mail, webhook and SMS go out after
 * that transaction commits (never for a rolled-back change), each attempt logged in {@code
 * notification_delivery} with SENT, FAILED (and the error) or SKIPPED (and why, e.g. mail not configured).
 */
@Service
public class Notifications {
    private final NoticeStore store;
    private final ApplicationEventPublisher events;

    Notifications(NoticeStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /**
     * @return the stored message's id
     * @throws IllegalArgumentException when the notice is malformed (see {@link Notice})
     */
    @Transactional
    public long send(Notice notice) {
        long messageId = store.store(notice);
        events.publishEvent(new NoticeStored(messageId, notice));
        return messageId;
    }

    /** @return the deliveries of one message, in the order they were attempted */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long messageId) {
        return store.deliveries(messageId);
    }

    /** @return the deliveries of these messages, oldest first */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(java.util.Collection<Long> messageIds) {
        return messageIds.isEmpty() ? List.of() : store.deliveries(messageIds);
    }

    /**
     * Published inside the sending transaction; the external channels listen after its commit.
     *
     * @param messageId the stored message
     * @param notice    what was sent
     */
    public record NoticeStored(long messageId, Notice notice) {}
}

package org.greenplan.notifications;

import java.time.Instant;

/**
 * One logged delivery attempt.
 *
 * @param messageId the notice
 * @param kind      the notice's kind
 * @param subject   the notice's subject
 * @param unitName  the unit it was for, or null (group robots)
 * @param channel   the channel
 * @param recipient the address: a username (in-app), an e-mail address, a robot's host, a phone number
 * @param status    SENT, FAILED or SKIPPED
 * @param detail    the error or why it was skipped, or null
 * @param at        when
 */
public record Delivery(
        long messageId,
        String kind,
        String subject,
        String unitName,
        Channel channel,
        String recipient,
        DeliveryStatus status,
        String detail,
        Instant at) {}

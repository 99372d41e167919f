package org.greenplan.notifications.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail over the SMTP server configured with {@code spring.mail.host} (and {@code port}, {@code username},
 * {@code password}); the sender address is {@code greenplan.notifications.mail-from}. Without a configured
 * server Spring creates no {@link JavaMailSender} and mail is skipped.
 */
@Component
class MailChannel {
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailChannel(
            ObjectProvider<JavaMailSender> sender,
            @Value("${greenplan.notifications.mail-from:greenplan@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    org.greenplan.notifications.DeliveryStatus send(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.getObject().send(message);
        return org.greenplan.notifications.DeliveryStatus.SENT;
    }
}

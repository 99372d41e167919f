/**
 * Notifications (通知): messages to the users of responsible units through several channels — the in-app
 * inbox ({@code /notifications}, with the unread count in the page header), e-mail over the configured SMTP
 * server ({@code spring.mail.*}), group robots of 企业微信 / 钉钉 by webhook
 * ({@code greenplan.notifications.webhooks[n].kind|url|secret}) and an SMS gateway ({@link
 * org.greenplan.notifications.SmsGateway}, logging only unless a module provides one).
 *
 * <p>API: {@link org.greenplan.notifications.Notifications#send} stores a {@link
 * org.greenplan.notifications.Notice} with its in-app copies in the caller's transaction and delivers the
 * other channels after that transaction commits; every attempt is logged with its outcome ({@link
 * org.greenplan.notifications.Delivery}). Readers: {@link org.greenplan.notifications.Inbox}.
 *
 * <p>Tables (only this module writes them): {@code notification_message}, {@code notification_inbox},
 * {@code notification_delivery}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"accounts", "plan"})
package org.greenplan.notifications;

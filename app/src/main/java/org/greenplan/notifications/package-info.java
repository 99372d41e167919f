/**
 * Notifications (通知): messages to the users of responsible units through several channels — the in-app
 * inbox ({@code /notifications}, with the unread count in the page header), e-mail over the configured SMTP
 * server ({@code spring.mail.*}), group robots of 企业微信 / 钉钉 by webhook
 * ({@code greenplan.notifications.webhooks[n].kind|url|secret}) and an SMS gateway ({@link
 * org.greenplan.notifications.SmsGateway}, logging only unless a module provides one).
 *
 * <p>API: {@link org.greenplan.notifications.Notifications#send} stores a {@link
 * org.greenplan.notifications.Notice} (its subject and body as message keys with arguments, {@link
 * org.greenplan.notifications.NoticeText}) with its in-app copies in the caller's transaction and delivers the
 * other channels after that transaction commits; every attempt is logged with its outcome ({@link
 * org.greenplan.notifications.Delivery}). Readers: {@link org.greenplan.notifications.Inbox}, in the reader's
 * language; e-mail, SMS and robots carry the office's Chinese.
 *
 * <p>Tables (only this module writes them): {@code notification_message}, {@code notification_inbox},
 * {@code notification_delivery}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "accounts", "plan"})
package org.greenplan.notifications;

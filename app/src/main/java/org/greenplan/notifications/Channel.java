package org.greenplan.notifications;

/** How a notice reaches people: 站内 (in-app inbox), e-mail, group-robot webhook, SMS. */
public enum Channel {
    IN_APP,
    EMAIL,
    WEBHOOK,
    SMS
}

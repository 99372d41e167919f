package org.greenplan.notifications;

import java.util.Objects;
import java.util.Set;

/**
 * A message to send. Its subject and body are message keys with arguments ({@link NoticeText}), not finished text:
 * a notice is stored once and each reader of the inbox sees it in their own language; e-mail, SMS and group robots
 * carry it in the office's language (Chinese), as the product keeps no language per person.
 *
 * @param kind     what it is about, e.g. {@code REMINDER_OVERDUE}, {@code URGING}, {@code INSTRUCTION}
 * @param subject  one line (e-mail subject, inbox title)
 * @param body     the text, plain, lines separated by {@code \n}
 * @param link     a path in GreenPlan to open from the inbox (e.g. {@code /my/periods/5}), or null
 * @param planId   the plan it concerns, or null
 * @param unitId   the unit whose people receive it, or null for a notice only to the group robots
 * @param audience which people of the unit
 * @param channels the channels to use; {@link Channel#WEBHOOK} posts {@code subject} and {@code body} to every
 *                 configured group robot
 */
public record Notice(
        String kind,
        NoticeText subject,
        NoticeText body,
        String link,
        Long planId,
        Long unitId,
        Audience audience,
        Set<Channel> channels) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        channels = Set.copyOf(channels);
        if (audience == null) {
            audience = Audience.UNIT_USERS;
        }
        if (unitId == null && !channels.equals(Set.of(Channel.WEBHOOK))) {
            throw new IllegalArgumentException("a notice without a unit goes only to the group robots");
        }
    }

    /** @return the unit's people through the in-app inbox, e-mail and SMS */
    public static Notice toUnit(
            String kind,
            NoticeText subject,
            NoticeText body,
            String link,
            Long planId,
            long unitId,
            Audience audience) {
        return new Notice(
                kind,
                subject,
                body,
                link,
                planId,
                unitId,
                audience,
                Set.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS));
    }

    /** @return the unit's people through the in-app inbox only */
    public static Notice inAppOnly(
            String kind, NoticeText subject, NoticeText body, String link, Long planId, long unitId) {
        return new Notice(kind, subject, body, link, planId, unitId, Audience.UNIT_USERS, Set.of(Channel.IN_APP));
    }

    /** @return a message to the configured group robots only */
    public static Notice toGroups(String kind, NoticeText subject, NoticeText body, Long planId) {
        return new Notice(kind, subject, body, null, planId, null, Audience.UNIT_USERS, Set.of(Channel.WEBHOOK));
    }
}
